package org.hotspot.portal.dashboard.session;

/**
 * A sign-in between its password and its second step, kept in Redis (sealed) for a few minutes so
 * the password never goes back into a page.
 *
 * @param username   as typed
 * @param password   as typed, to log in again with the code
 * @param step       {@code totp} or {@code enrol}
 * @param secret     the new TOTP secret (enrolment only), shown as text
 * @param otpauthUri the enrolment's {@code otpauth://} URI, drawn as a QR code
 * @param next       where to go once signed in
 */
public record PendingSignIn(String username, String password, String step, String secret, String otpauthUri,
        String next) {

    public static final String TOTP = "totp";
    public static final String ENROL = "enrol";
}
