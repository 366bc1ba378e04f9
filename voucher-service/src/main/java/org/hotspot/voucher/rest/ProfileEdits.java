package org.hotspot.voucher.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hotspot.common.problem.Problem.Violation;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.voucher.Profile;
import org.hotspot.voucher.rest.ProfileApi.ProfileRequest;
import org.hotspot.voucher.service.TermsScope;

/**
 * Reads a profile update with PATCH semantics: a field the body leaves out keeps its value, and
 * only an explicit {@code null} makes a quota or limit unlimited. Reading a left-out quota as
 * unlimited (what a plain record does) turned a one-field edit into unlimited internet.
 */
@ApplicationScoped
class ProfileEdits {

    private static final SortedSet<String> KNOWN_FIELDS = Arrays.stream(ProfileRequest.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toCollection(TreeSet::new));

    private final ObjectMapper mapper;
    private final Validator validator;

    ProfileEdits(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * The profile's fields with the body's laid over them, validated as a whole; a failure the
     * common problem mapping answers (a value of the wrong type, a violation).
     */
    Uni<ProfileRequest> merged(Profile current, JsonNode body) {
        try {
            return Uni.createFrom().item(mergedNow(current, body));
        } catch (JsonProcessingException | RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
    }

    private ProfileRequest mergedNow(Profile current, JsonNode body) throws JsonProcessingException {
        if (body == null || !body.isObject()) {
            throw new ProblemException(400, "malformed-request", "Malformed request",
                    "An update is a JSON object of the fields to change");
        }
        refuseUnknownFields(body);
        ObjectNode merged = mapper.valueToTree(ProfileRequest.of(current));
        merged.setAll((ObjectNode) body);
        ProfileRequest request = mapper.treeToValue(merged, ProfileRequest.class);
        Set<ConstraintViolation<ProfileRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    /**
     * The CDI mapper ignores unknown fields, and laid over the profile's own fields a misspelt one
     * ({@code timeQuota} for {@code timeQuotaSeconds}) would answer 200 and change nothing.
     */
    private static void refuseUnknownFields(JsonNode body) {
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String field = names.next();
            if (!KNOWN_FIELDS.contains(field)) {
                throw new ProblemException(400, "unknown-field", "Unknown field",
                        "The request body has a field this endpoint does not know: " + field,
                        List.of(new Violation(field, "is not a known field; known fields: "
                                + String.join(", ", KNOWN_FIELDS))));
            }
        }
    }

    /** {@code applyTo}: new (the default), unused or all. */
    static TermsScope scope(String applyTo) {
        if (applyTo == null || applyTo.isBlank()) {
            return TermsScope.NEW;
        }
        try {
            return TermsScope.valueOf(applyTo.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "validation", "Invalid input",
                    "applyTo must be new, unused or all, not " + applyTo);
        }
    }
}
