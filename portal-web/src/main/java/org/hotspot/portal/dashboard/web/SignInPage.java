package org.hotspot.portal.dashboard.web;

import io.quarkus.qute.TemplateData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the sign-in pages show.
 *
 * @param username   what was typed, kept in the form (never the password)
 * @param next       where to go once signed in, already checked to be a dashboard page
 * @param messageKey a {@link DashMessages} key to show as a problem, or null
 * @param retryAfter the seconds to wait, for {@code errorThrottled}
 * @param noticeKey  a {@link DashMessages} key to show as a notice (signed out, session ended), or null
 * @param secret     the enrolment's key, shown as text
 */
@TemplateData
public record SignInPage(String username, String next, String messageKey, long retryAfter, String noticeKey,
        String secret) {

    public static SignInPage form(String username, String next) {
        return new SignInPage(username, next, null, 0, null, null);
    }

    public SignInPage withMessage(String key) {
        return new SignInPage(username, next, key, retryAfter, noticeKey, secret);
    }

    public SignInPage throttled(long seconds) {
        return new SignInPage(username, next, "errorThrottled", seconds, noticeKey, secret);
    }

    public SignInPage withNotice(String key) {
        return new SignInPage(username, next, messageKey, retryAfter, key, secret);
    }

    public SignInPage withSecret(String key) {
        return new SignInPage(username, next, messageKey, retryAfter, noticeKey, key);
    }

    /** {@link #next()} for a link's query. */
    public String nextQuery() {
        return URLEncoder.encode(next == null ? NextPage.HOME : next, StandardCharsets.UTF_8);
    }

    /** The secret in groups of four, easier to type into an app. */
    public String secretGroups() {
        return secret == null ? "" : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
