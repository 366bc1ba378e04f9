package org.hotspot.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-line name shown to other people: no C0/C1 control characters (a name never spans lines),
 * no Unicode bidi controls (they make "evil.exe" read as "exe.live" on a dashboard or a printed
 * card) and no lone surrogates (Jackson passes a JSON "\ud800" escape through; it is not text and
 * breaks every encoder downstream). Null is valid: pair with {@code @NotBlank} where required.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {
    String message() default "must be one line of text without control characters, bidi controls or lone surrogates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<PlainText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isPlain(value);
        }

        /** True when every code point is a paired, printable, direction-neutral character. */
        public static boolean isPlain(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                if (Character.isSurrogate(c) || Character.isISOControl(c) || isBidiControl(c)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isBidiControl(char c) {
            return c == '\u061C' || c == '\u200E' || c == '\u200F'
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069');
        }
    }
}
