package org.hotspot.voucher.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.hotspot.events.voucher.PlanProjection;

/** An instant no further than a plan's longest duration from now: later is a typo, not a date. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WithinTenYears.Validator.class)
public @interface WithinTenYears {
    String message() default "at most 10 years from now";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WithinTenYears, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || value.isBefore(Instant.now().plusSeconds(PlanProjection.MAX_SECONDS));
        }
    }
}
