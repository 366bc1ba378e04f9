package org.hotspot.auth.service;

import java.util.Locale;
import org.hotspot.auth.AuthProblems;

/** What a password must be: long enough to resist guessing, and not the username. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Argon2 takes any length, but a megabyte "password" is a denial-of-service attempt. */
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw AuthProblems.weakPassword("A password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw AuthProblems.weakPassword("A password may have at most " + MAX_LENGTH + " characters");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw AuthProblems.weakPassword("A password must not contain the username");
        }
    }
}
