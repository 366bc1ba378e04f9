package org.hotspot.voucher;

import java.time.Duration;
import java.util.Map;
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

    /** A voucher changed by so many logins at once that no decision could be written; the router retries. */
    public static ProblemException busy() {
        return new ProblemException(503, "voucher-busy", "Voucher busy",
                "The voucher changed under every attempt to decide; try again");
    }

    public static ProblemException profileRetired(String id) {
        return new ProblemException(409, "profile-retired", "Profile retired",
                "Profile " + id + " is retired: no new batches are made from it");
    }

    public static ProblemException profileNotAllowed(String id) {
        return new ProblemException(403, "profile-not-allowed", "Profile not allowed",
                "This reseller may not sell profile " + id);
    }

    public static ProblemException insufficientCredit(String needed) {
        return new ProblemException(402, "insufficient-credit", "Insufficient credit",
                "The batch costs " + needed + ", more than the reseller's credit");
    }

    public static ProblemException batchNotReady(String id, String state) {
        return new ProblemException(409, "batch-not-ready", "Batch not ready",
                "Batch " + id + " is " + state + "; its vouchers can be exported once it is READY");
    }

    public static ProblemException illegalTransition(String from, String action) {
        return new ProblemException(409, "illegal-transition", "Not possible in this state",
                "A voucher that is " + from + " cannot be " + action);
    }

    public static ProblemException invalidToken() {
        return new ProblemException(404, "unknown-token", "Unknown QR token", "The QR token is not valid");
    }

    public static ProblemException voucherUnusable(String state) {
        return new ProblemException(410, "voucher-unusable", "Voucher unusable",
                "The voucher is " + state + " and can no longer be used");
    }

    public static ProblemException badCount(int count, int max) {
        return new ProblemException(400, "validation", "Invalid request",
                "count must be 1 to " + max + ", not " + count);
    }

    public static ProblemException profileEditedMeanwhile(String id) {
        return new ProblemException(409, "profile-edited-meanwhile", "Profile edited meanwhile",
                "Profile " + id + " was changed by someone else since it was read; read it again and retry");
    }

    public static ProblemException currencyMismatch(String profileCurrency, String resellerCurrency) {
        return new ProblemException(409, "currency-mismatch", "Currency mismatch",
                "The profile is priced in " + profileCurrency + " and the reseller's credit is in " + resellerCurrency
                        + ": a reseller is only charged in their own currency");
    }

    public static ProblemException creditCurrencyMismatch(String granted) {
        return new ProblemException(409, "currency-mismatch", "Currency mismatch",
                "The reseller's credit is not in " + granted + ": grant it in their currency, or change the currency "
                        + "once their credit is used up");
    }

    public static ProblemException notAReseller(String username) {
        return new ProblemException(404, "reseller-unknown", "No such reseller",
                "The organization has no enabled operator " + username + " with the RESELLER role");
    }

    /** Too many prechecks from one device or address: try again after {@code retryAfter}. */
    public static ProblemException tooManyAttempts(Duration retryAfter) {
        // Rounded up: a portal that waits what Retry-After says must find the door open.
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return withRetryAfter(new ProblemException(429, "too-many-attempts", "Too many attempts",
                "Too many codes tried from this device or address; try again in " + seconds + " seconds"), seconds);
    }

    /** The precheck's counts could not be read: no code is checked unthrottled, so none is checked for now. */
    public static ProblemException precheckUnavailable() {
        return withRetryAfter(new ProblemException(503, "precheck-unavailable", "Precheck unavailable",
                "Codes cannot be checked in advance right now; log in through the router instead"), 5);
    }

    public static ProblemException unknownStatusToken() {
        return new ProblemException(404, "unknown-token", "Unknown status token",
                "The status token is not valid or has expired");
    }

    private static ProblemException withRetryAfter(ProblemException problem, long seconds) {
        return new ProblemException(problem.status(), problem.kind(), problem.title(), problem.getMessage()) {
            @Override
            public Map<String, String> headers() {
                return Map.of("Retry-After", Long.toString(seconds));
            }
        };
    }
}
