package org.hotspot.portal.dashboard.web;

import java.util.Map;

/**
 * Which {@link DashMessages} key tells an operator about a service's problem, by its {@code type}
 * (the kind after {@code /problems/}) and otherwise by its status. A page area with problems of its
 * own (an exhausted credit, a plan in use) checks those first and falls back to this.
 */
public final class ProblemMessages {

    /** Problem kinds with a message of their own, beyond what the status says. */
    private static final Map<String, String> BY_KIND = Map.of(
            "validation", "problemValidation",
            "malformed-request", "problemValidation",
            "weak-password", "problemWeakPassword",
            "wrong-current-password", "problemWrongCurrentPassword",
            "too-many-attempts", "problemThrottled",
            "not-found", "problemNotFound",
            "forbidden", "problemForbidden",
            "conflict", "problemConflict");

    private ProblemMessages() {
    }

    /**
     * The message key for a problem.
     *
     * @param type   the problem's {@code type} ({@code /problems/weak-password}), may be null
     * @param status the HTTP status, or -1 when the backend did not answer
     */
    public static String keyOf(String type, int status) {
        String kind = type == null ? null : type.substring(type.lastIndexOf('/') + 1);
        if (kind != null && BY_KIND.containsKey(kind)) {
            return BY_KIND.get(kind);
        }
        return keyOf(status);
    }

    /** The message key for a bare status. */
    public static String keyOf(int status) {
        return switch (status) {
            case 400, 422 -> "problemValidation";
            case 401 -> "problemSignedOut";
            case 403 -> "problemForbidden";
            case 404, 410 -> "problemNotFound";
            case 409, 412 -> "problemConflict";
            case 413 -> "problemTooLarge";
            case 429 -> "problemThrottled";
            case -1, 502, 503, 504 -> "problemUnavailable";
            default -> "problemFailed";
        };
    }
}
