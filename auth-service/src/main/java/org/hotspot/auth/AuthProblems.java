package org.hotspot.auth;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hotspot.common.problem.Problem.Violation;
import org.hotspot.common.problem.ProblemException;

/** auth-service's domain exception family: each kind one stable problem type. */
public final class AuthProblems {

    private AuthProblems() {
    }

    /** Unknown user, wrong password, disabled operator: one answer for all, so none can be told apart. */
    public static ProblemException invalidCredentials() {
        return new ProblemException(401, "invalid-credentials", "Invalid credentials",
                "The username or password is wrong");
    }

    public static ProblemException totpRequired() {
        return new ProblemException(401, "totp-required", "Second factor required",
                "Enter the 6-digit code from your authenticator app");
    }

    /** The code was right but already used: codes are good once, so an overheard one cannot be replayed. */
    public static ProblemException totpCodeUsed() {
        return new ProblemException(401, "totp-code-used", "Second factor code already used",
                "This code was already used; wait for the next code from your authenticator app");
    }

    public static ProblemException totpEnrolmentRequired() {
        return new ProblemException(401, "totp-enrolment-required", "Second factor enrolment required",
                "Your organization requires a second factor: enrol an authenticator app first");
    }

    public static ProblemException invalidRefreshToken() {
        return new ProblemException(401, "invalid-refresh-token", "Invalid refresh token",
                "The refresh token is unknown, expired or revoked; log in again");
    }

    /**
     * The action needs a password proved within {@code maxAge}; the token is older (RFC 9470's
     * step-up): the client logs in again and repeats the request.
     */
    public static ProblemException reauthenticationRequired(Duration maxAge) {
        return new ProblemException(401, "reauthentication-required", "Recent authentication required",
                "This action needs a login within the last " + maxAge.toMinutes()
                        + " minutes; log in again and repeat it") {
            @Override
            public Map<String, String> headers() {
                return Map.of("WWW-Authenticate",
                        "Bearer error=\"insufficient_user_authentication\", max_age=" + maxAge.toSeconds());
            }
        };
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not Found", "No " + what + " " + id);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException weakPassword(String detail) {
        return new ProblemException(400, "weak-password", "Password rejected", detail);
    }

    /** Not a 401: the caller's token is fine, one field of what they sent is wrong. */
    public static ProblemException wrongCurrentPassword() {
        return new ProblemException(400, "wrong-current-password", "Current password is wrong",
                "The current password is wrong",
                List.of(new Violation("currentPassword", "is not your current password")));
    }

    /** More logins at once than the password hashing can take: try again in a second. */
    public static ProblemException busy() {
        return new ProblemException(503, "busy", "Busy", "Too many logins at once; try again in a moment") {
            @Override
            public Map<String, String> headers() {
                return Map.of("Retry-After", "1");
            }
        };
    }

    /** Too many failed logins: try again after {@code retryAfter}. */
    public static ProblemException throttled(Duration retryAfter) {
        // Rounded up: a client that waits what Retry-After says must find the door open.
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ProblemException(429, "too-many-attempts", "Too many attempts",
                "Too many failed logins; try again in " + seconds + " seconds") {
            @Override
            public Map<String, String> headers() {
                return Map.of("Retry-After", Long.toString(seconds));
            }
        };
    }
}
