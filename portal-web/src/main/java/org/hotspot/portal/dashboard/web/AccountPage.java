package org.hotspot.portal.dashboard.web;

import io.quarkus.qute.TemplateData;
import java.util.List;
import org.hotspot.portal.web.Language;

/**
 * The account page.
 *
 * @param totp       whether the account signs in with an authenticator code; null when unknown
 * @param languages  the languages to choose from
 * @param chosen     the language the page is in
 * @param problem    what auth-service refused, or null
 * @param fieldError a {@link DashMessages} key for the new password fields (they differ), or null
 * @param noticeKey  a {@link DashMessages} key of what just succeeded, or null
 */
@TemplateData
public record AccountPage(Boolean totp, List<Language> languages, String chosen, PageProblem problem,
        String fieldError, String noticeKey) {

    public boolean totpKnown() {
        return totp != null;
    }

    /** Whether the current password field is the one auth-service refused. */
    public boolean currentWrong() {
        return problem != null && "problemWrongCurrentPassword".equals(problem.messageKey());
    }

    /** Whether the new password fields are what is wrong (they differ, or auth-service found it weak). */
    public boolean newWrong() {
        return fieldError != null || problem != null && "problemWeakPassword".equals(problem.messageKey());
    }
}
