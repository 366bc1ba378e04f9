package org.hotspot.common.security;

import java.util.Map;
import org.hotspot.common.problem.ProblemException;

/** A validly signed access token this service will not honour: revoked, or of an implausible age. */
public class TokenRefused extends ProblemException {

    private TokenRefused(String kind, String title, String detail) {
        super(401, kind, title, detail);
    }

    /** Issued before its operator was disabled, logged out or changed password. */
    public static TokenRefused revoked() {
        return new TokenRefused("token-revoked", "Token revoked",
                "This access token was revoked (logout, password change or disabled account); log in again");
    }

    /** Without iat or exp, issued in the future, or living longer than auth-service ever issues. */
    public static TokenRefused implausibleAge(String why) {
        return new TokenRefused("unauthorized", "Unauthorized", "The access token " + why);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("WWW-Authenticate", "Bearer");
    }
}
