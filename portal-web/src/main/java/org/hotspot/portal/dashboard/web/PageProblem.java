package org.hotspot.portal.dashboard.web;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Optional;
import org.hotspot.common.problem.Problem.Violation;

/**
 * A backend's refusal or failure as a page shows it: a message in the operator's language
 * ({@code {dash:message(problem.messageKey)}}), the request id to quote, and for validation each
 * violation next to its field. {@link BackendCall} makes them.
 *
 * @param status     the backend's HTTP status, or 503 when it did not answer
 * @param messageKey the {@link DashMessages} key of the message ({@link ProblemMessages})
 * @param detail     the backend's own detail (English, for logs and tests; never the only text shown)
 * @param violations the invalid fields, empty unless validation failed
 * @param requestId  the id the backend answered with, or the one portal-web sent; may be null
 */
@TemplateData
public record PageProblem(int status, String messageKey, String detail, List<Violation> violations, String requestId) {

    public PageProblem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** The backend's message about this form field, if it named it. */
    public Optional<String> violation(String field) {
        return violations.stream().filter(violation -> field.equals(violation.field()))
                .map(Violation::message).findFirst();
    }

    /** Whether the backend named this form field as invalid, for {@code aria-invalid}. */
    public boolean invalid(String field) {
        return violation(field).isPresent();
    }
}
