package org.hotspot.portal.dashboard.people;

import java.util.Locale;

/**
 * auth-service's password rules (its {@code PasswordPolicy}), checked here too so the form says what
 * is wrong before a round trip; the service stays the judge and its refusal lands on the same field.
 */
final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;

    private Passwords() {
    }

    /** The key of what is wrong with the password, or null. */
    static String problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "errorPasswordShort";
        }
        if (password.length() > MAX_LENGTH) {
            return "errorPasswordLong";
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
            return "errorPasswordUsername";
        }
        return null;
    }
}
