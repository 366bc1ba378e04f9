package org.hotspot.common.problem;

import java.util.List;
import java.util.Map;
import org.hotspot.common.problem.Problem.Violation;

/**
 * The root of every service's domain exception family. A subclass names one kind of problem: its
 * {@code kind} becomes the problem type {@code /problems/<kind>}, and its message is the detail
 * shown to the caller, so it must never carry secrets or internals.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;
    private final List<Violation> violations;

    /**
     * @param status the HTTP status, 4xx for the caller's mistakes
     * @param kind   kebab-case, stable: clients branch on it ({@code voucher-expired})
     * @param title  the human summary of the kind
     * @param detail what went wrong this time
     */
    public ProblemException(int status, String kind, String title, String detail) {
        this(status, kind, title, detail, List.of());
    }

    /** A problem with the fields the caller got wrong, each with what is wrong with it. */
    public ProblemException(int status, String kind, String title, String detail,
            List<Violation> violations) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    /** A 400 validation problem naming one field: the usual answer to one wrong input. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Invalid input", field + " " + message,
                List.of(new Violation(field, message)));
    }

    /** Response headers the problem needs, such as {@code Retry-After} on a 429; none by default. */
    public Map<String, String> headers() {
        return Map.of();
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

    /** The fields at fault; empty when the problem is not about particular fields. */
    public List<Violation> violations() {
        return violations;
    }

    /** The problem type URI. */
    public String type() {
        return ProblemTypes.of(kind);
    }
}
