package org.hotspot.auth.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.hotspot.auth.AuditRecord;
import org.hotspot.auth.service.AuditQuery.Found;
import org.hotspot.events.audit.AuditEntry.Result;

/** The records of {@code GET /api/audit}; the entity never leaves. */
public final class AuditApi {

    private AuditApi() {
    }

    /** One audit event as operators see it. */
    public record AuditItem(String id, String organizationId, Instant occurredAt, String actor, String action,
            String targetType, String targetId, String clientAddress, Result result, String detail, String service) {

        static AuditItem of(AuditRecord record) {
            return new AuditItem(record.id, record.organizationId, record.occurredAt, record.actor, record.action,
                    record.targetType, record.targetId, record.clientAddress, record.result, record.detail,
                    record.service);
        }
    }

    /** A page of the audit log, newest first; {@code total} counts every match, not just this page. */
    public record AuditPage(List<AuditItem> items, int page, int size, long total) {

        static AuditPage of(Found found, int page, int size) {
            return new AuditPage(found.records().stream().map(AuditItem::of).toList(), page, size, found.total());
        }
    }

    /** Where a validated {@code from} starts: a date alone is the start of that day, UTC; null when absent. */
    static Instant from(String value) {
        return value == null || value.isBlank() ? null
                : isDate(value) ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(value);
    }

    /** Where a validated, exclusive {@code to} ends: a date alone includes that whole day, UTC. */
    static Instant to(String value) {
        return value == null || value.isBlank() ? null
                : isDate(value) ? LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(value);
    }

    private static boolean isDate(String value) {
        return value.length() == "2026-12-01".length();
    }

    /**
     * An ISO-8601 instant such as {@code 2025-01-31T00:00:00Z}, a date such as {@code 2025-01-31}
     * (a whole day, UTC), or absent. Query parameters are taken
     * as text and checked here because JAX-RS answers a parameter it cannot convert with 404, which
     * would tell the caller the endpoint is missing rather than that the value is wrong.
     */
    @Target({ElementType.PARAMETER, ElementType.FIELD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = IsoInstant.Validator.class)
    public @interface IsoInstant {

        String message() default "must be a date such as 2025-01-31 or an ISO-8601 instant such as 2025-01-31T00:00:00Z";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Accepts what {@link Instant#parse} accepts, from 1970 to 9999: BSON dates are epoch milliseconds. */
        class Validator implements ConstraintValidator<IsoInstant, String> {

            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                try {
                    Instant instant = to(value);
                    return instant == null || !instant.isBefore(Instant.EPOCH)
                            && instant.isBefore(Instant.parse("9999-12-31T23:59:59Z"));
                } catch (DateTimeParseException e) {
                    return false;
                }
            }
        }
    }
}
