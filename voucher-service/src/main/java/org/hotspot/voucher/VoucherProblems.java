package org.hotspot.voucher;

import org.hotspot.common.problem.ProblemException;

/** voucher-service's domain exception family: each kind one stable problem type. */
public final class VoucherProblems {

    private VoucherProblems() {
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not Found", "No " + what + " " + id);
    }

    public static ProblemException duplicateProfileName(String name) {
        return new ProblemException(409, "duplicate-name", "Name taken",
                "The organization already has a profile named " + name);
    }

    public static ProblemException profileInUse(String id) {
        return new ProblemException(409, "profile-in-use", "Profile in use",
                "Vouchers were made from profile " + id + ": retire it instead (POST /api/profiles/" + id
                        + "/retire)");
    }
}
