package org.hotspot.common.problem;

/** Problem type URIs: relative references, stable per kind. */
public final class ProblemTypes {

    public static final String VALIDATION = of("validation");
    public static final String MALFORMED_REQUEST = of("malformed-request");
    public static final String NOT_FOUND = of("not-found");
    public static final String UNAUTHORIZED = of("unauthorized");
    public static final String FORBIDDEN = of("forbidden");
    public static final String INTERNAL = of("internal");

    private ProblemTypes() {
    }

    /** The type URI of a kind, such as {@code /problems/voucher-expired}. */
    public static String of(String kind) {
        return "/problems/" + kind;
    }
}
