package org.hotspot.voucher.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hotspot.voucher.Profile;
import org.hotspot.voucher.ProfileState;
import org.hotspot.voucher.RateLimit;
import org.hotspot.voucher.service.ProfileService;

/** The records of the profile endpoints (SPEC §7). Absent quotas and limits mean unlimited. */
public final class ProfileApi {

    private ProfileApi() {
    }

    public record ProfileRequest(
            @NotBlank @Size(max = 80) String name,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal price,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as USD or IRR") String currency,
            @PositiveOrZero Long timeQuotaSeconds,
            @PositiveOrZero Long validitySeconds,
            @PositiveOrZero Long dataQuotaBytes,
            @PositiveOrZero Long uploadQuotaBytes,
            @PositiveOrZero Long downloadQuotaBytes,
            @MikrotikRateLimit String rateLimit,
            @Min(1) @Max(1000) Integer sharedUsers,
            Boolean macLock,
            @PositiveOrZero Long idleTimeoutSeconds,
            @Size(max = 500) List<@NotBlank @Size(max = 64) String> sites) implements ProfileService.Fields {

        @Override
        public void applyTo(Profile profile) {
            profile.name = name.trim();
            profile.price = price;
            profile.currency = currency;
            profile.timeQuotaSeconds = timeQuotaSeconds;
            profile.validitySeconds = validitySeconds;
            profile.dataQuotaBytes = dataQuotaBytes;
            profile.uploadQuotaBytes = uploadQuotaBytes;
            profile.downloadQuotaBytes = downloadQuotaBytes;
            profile.rateLimit = rateLimit == null || rateLimit.isBlank() ? null : RateLimit.parse(rateLimit).toMikrotik();
            profile.sharedUsers = sharedUsers == null ? 1 : sharedUsers;
            profile.macLock = Boolean.TRUE.equals(macLock);
            profile.idleTimeoutSeconds = idleTimeoutSeconds;
            profile.sites = sites == null ? List.of() : List.copyOf(sites);
        }
    }

    public record ProfileView(String id, String name, BigDecimal price, String currency, Long timeQuotaSeconds,
            Long validitySeconds, Long dataQuotaBytes, Long uploadQuotaBytes, Long downloadQuotaBytes,
            String rateLimit, int sharedUsers, boolean macLock, Long idleTimeoutSeconds, List<String> sites,
            ProfileState state, Instant createdAt, Instant updatedAt) {

        static ProfileView of(Profile p) {
            return new ProfileView(p.id, p.name, p.price, p.currency, p.timeQuotaSeconds, p.validitySeconds,
                    p.dataQuotaBytes, p.uploadQuotaBytes, p.downloadQuotaBytes, p.rateLimit, p.sharedUsers, p.macLock,
                    p.idleTimeoutSeconds, p.sites, p.state, p.createdAt, p.updatedAt);
        }
    }

    /** A MikroTik rate-limit string ({@link RateLimit}); the violation says which part is wrong. */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = MikrotikRateLimit.Validator.class)
    public @interface MikrotikRateLimit {
        String message() default "not a MikroTik rate limit such as 4M/2M";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<MikrotikRateLimit, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                if (value == null || value.isBlank()) {
                    return true;
                }
                try {
                    RateLimit.parse(value);
                    return true;
                } catch (IllegalArgumentException e) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(e.getMessage().replace("{", "(").replace("}", ")"))
                            .addConstraintViolation();
                    return false;
                }
            }
        }
    }
}
