package org.hotspot.auth.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hotspot.common.validation.PlainText;

/**
 * {@link PlainText} over several lines: each line, split at {@code \n} or {@code \r\n}, is plain
 * text. For texts such as an organization's terms, shown to customers as paragraphs.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MultilineText.Validator.class)
public @interface MultilineText {
    String message() default "must be lines of text without control characters, bidi controls or lone surrogates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<MultilineText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            for (String line : value.split("\r?\n", -1)) {
                if (!PlainText.Validator.isPlain(line)) {
                    return false;
                }
            }
            return true;
        }
    }
}
