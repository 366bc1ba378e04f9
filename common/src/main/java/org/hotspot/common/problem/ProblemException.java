package org.hotspot.common.problem;

/**
 * The root of every service's domain exception family. A subclass names one kind of problem: its
 * {@code kind} becomes the problem type {@code /problems/<kind>}, and its message is the detail
 * shown to the caller, so it must never carry secrets or internals.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;

    /**
     * @param status the HTTP status, 4xx for the caller's mistakes
     * @param kind   kebab-case, stable: clients branch on it ({@code voucher-expired})
     * @param title  the human summary of the kind
     * @param detail what went wrong this time
     */
    public ProblemException(int status, String kind, String title, String detail) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
    }

    /** Response headers the problem needs, such as {@code Retry-After} on a 429; none by default. */
    public java.util.Map<String, String> headers() {
        return java.util.Map.of();
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** The problem type URI. */
    public String type() {
        return ProblemTypes.of(kind);
    }
}
