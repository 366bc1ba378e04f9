package org.hotspot.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body.
 *
 * @param type       a stable URI reference per kind of problem, such as {@code /problems/validation}
 * @param title      a short human summary of the kind, the same for every occurrence
 * @param status     the HTTP status code
 * @param detail     what went wrong this time, safe to show an operator
 * @param instance   the request path
 * @param requestId  the id to quote when asking for help; the same id is in the server logs
 * @param violations for validation problems: which field is wrong and why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        List<Violation> violations) {

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input. */
    public record Violation(String field, String message) {
    }
}
