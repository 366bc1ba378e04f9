package org.hotspot.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hotspot.common.problem.Problem.Violation;

/**
 * What was wrong with a JSON request body, said in the caller's terms: which field, and why. Jackson's
 * own messages name Java classes and are never shown.
 */
final class BodyProblems {

    private BodyProblems() {
    }

    static ProblemException of(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return wrongValue(invalid, "must be one of " + constants(invalid.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatched) {
            return wrongValue(mismatched, "has the wrong type");
        }
        if (e instanceof JsonMappingException mapping) {
            return wrongValue(mapping, "is not a valid value");
        }
        return new ProblemException(400, "malformed-request", "Malformed request",
                "The request body is not valid JSON");
    }

    /**
     * A misspelt field must not be dropped in silence: {@code timeQuota} for {@code timeQuotaSeconds}
     * would make an unlimited plan. The answer lists the fields the endpoint does know.
     */
    private static ProblemException unknownField(UnrecognizedPropertyException e) {
        String field = path(e);
        String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                .map(Objects::toString)
                .sorted()
                .collect(Collectors.joining(", "));
        return new ProblemException(400, "unknown-field", "Unknown field",
                "The request body has a field this endpoint does not know: " + field,
                List.of(new Violation(field, known.isEmpty() ? "is not a known field"
                        : "is not a known field; known fields: " + known)));
    }

    private static ProblemException wrongValue(JsonMappingException e, String message) {
        String field = path(e);
        return new ProblemException(400, "malformed-request", "Malformed request",
                "The request body has a wrong value in " + field, List.of(new Violation(field, message)));
    }

    /** {@code profile.sites[2]}; {@code body} when the body itself is the wrong shape. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.collectingAndThen(Collectors.joining(), joined -> joined.isEmpty()
                        ? "body" : joined.startsWith(".") ? joined.substring(1) : joined));
    }

    private static String constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
    }
}
