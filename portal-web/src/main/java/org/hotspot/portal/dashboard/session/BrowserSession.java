package org.hotspot.portal.dashboard.session;

/**
 * One signed-in browser as Redis keeps it (sealed): auth-service's tokens, the CSRF token, who the
 * access token said signed in, and the session's times. The browser holds only the random id.
 *
 * @param accessToken      auth-service's current access token
 * @param refreshToken     its refresh token (rotated at each refresh)
 * @param deviceToken      the device token of the sign-in, for the next one from this browser
 * @param csrfToken        what every unsafe request of this session must carry
 * @param operator         who the access token names, as last verified
 * @param organizationName the organization's display name at sign-in, or null
 * @param organizationLanguage the organization's language, or null
 * @param language         the language chosen on the account page, or null for the browser's
 * @param createdAt        sign-in time, epoch seconds
 * @param lastSeenAt       last request, epoch seconds
 * @param accessExpiresAt  when the access token expires, epoch seconds
 */
public record BrowserSession(String accessToken, String refreshToken, String deviceToken, String csrfToken,
        Operator operator, String organizationName, String organizationLanguage, String language, long createdAt,
        long lastSeenAt, long accessExpiresAt) {

    BrowserSession seenAt(long now) {
        return new BrowserSession(accessToken, refreshToken, deviceToken, csrfToken, operator, organizationName,
                organizationLanguage, language, createdAt, now, accessExpiresAt);
    }

    BrowserSession refreshed(String access, String refresh, Operator verified, long expiresAt) {
        return new BrowserSession(access, refresh, deviceToken, csrfToken, verified, organizationName,
                organizationLanguage, language, createdAt, lastSeenAt, expiresAt);
    }

    BrowserSession speaking(String chosen) {
        return new BrowserSession(accessToken, refreshToken, deviceToken, csrfToken, operator, organizationName,
                organizationLanguage, chosen, createdAt, lastSeenAt, accessExpiresAt);
    }
}
