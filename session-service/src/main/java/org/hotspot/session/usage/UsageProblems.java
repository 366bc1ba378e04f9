package org.hotspot.session.usage;

import org.hotspot.common.problem.ProblemException;

/** The problems usage queries answer with. */
public final class UsageProblems {

    private UsageProblems() {
    }

    /** A query parameter the caller got wrong; the detail names it and says what it must be. */
    public static ProblemException invalid(String parameter, String message) {
        return new ProblemException(400, "validation", "Invalid input", parameter + ": " + message);
    }
}
