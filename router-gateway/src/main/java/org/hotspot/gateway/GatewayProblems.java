package org.hotspot.gateway;

import org.hotspot.common.problem.ProblemException;

/** router-gateway's domain exception family: each kind one stable problem type. */
public final class GatewayProblems {

    private GatewayProblems() {
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not Found", "No " + what + " " + id);
    }

    /** Says nothing of whose router holds the address: that would leak another organization's network. */
    public static ProblemException addressTaken(String nasIp, String nasIdentifier) {
        return new ProblemException(409, "router-address-taken", "Router address taken",
                "A router with address " + nasIp + (nasIdentifier == null ? "" : " and NAS-Identifier " + nasIdentifier)
                        + " is already registered; routers sharing an address need distinct NAS-Identifiers");
    }

    /**
     * The same answer whoever holds the address, and whether anyone does: it must not tell a caller
     * that another organization has a router there.
     */
    public static ProblemException addressUnavailable() {
        return new ProblemException(409, "address-unavailable", "Address unavailable",
                "This address cannot be registered; ask your platform administrator");
    }

    public static ProblemException addressNeedsNasIdentifiers() {
        return new ProblemException(409, "router-address-taken", "Router address taken",
                "Another router of your organization sends from this address; routers sharing an address each need"
                        + " their own NAS-Identifier");
    }

    public static ProblemException missingSecret() {
        return new ProblemException(400, "validation", "Invalid request", "radiusSecret is required for a new router");
    }

    public static ProblemException apiIncomplete() {
        return new ProblemException(400, "validation", "Invalid request",
                "mode API needs apiHost, apiUsername and apiPassword");
    }
}
