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
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hotspot.common.validation.PlainText;
import org.hotspot.events.voucher.PlanProjection;
import org.hotspot.voucher.Profile;
import org.hotspot.voucher.ProfileState;
import org.hotspot.voucher.RateLimit;
import org.hotspot.voucher.service.ProfileService;

/**
 * The records of the profile endpoints (docs/services/voucher-service.md). Null quotas and limits
 * mean unlimited. Quotas and durations are bounded both ways: a zero quota would make cards that
 * never log in, and one past {@link PlanProjection#MAX_SECONDS} or {@link PlanProjection#MAX_BYTES}
 * is a typo, not a plan.
 */
public final class ProfileApi {

    /** One minute: the shortest time quota or idle timeout a router enforces sensibly. */
    static final long MIN_SECONDS = 60;
    /** A week: an idle timeout longer than that never ends a session a router still holds. */
    static final long MAX_IDLE_SECONDS = 7L * 24 * 3600;
    /** One mebibyte: less cannot even load a login page twice. */
    static final long MIN_BYTES = 1L << 20;

    static final String SECONDS = "from 60 seconds to 10 years (316224000); null for unlimited";
    static final String VALIDITY = "from 1 second to 10 years (316224000); null for unlimited";
    static final String IDLE = "from 60 seconds to 7 days (604800); null for none";
    static final String BYTES = "from 1 MiB (1048576) to 1 PiB (1125899906842624); null for unlimited";

    private ProfileApi() {
    }

    public record ProfileRequest(
            @NotBlank @Size(max = 80) @PlainText String name,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal price,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as USD or IRR") String currency,
            @Min(value = MIN_SECONDS, message = SECONDS)
            @Max(value = PlanProjection.MAX_SECONDS, message = SECONDS) Long timeQuotaSeconds,
            @Min(value = 1, message = VALIDITY)
            @Max(value = PlanProjection.MAX_SECONDS, message = VALIDITY) Long validitySeconds,
            @Min(value = MIN_BYTES, message = BYTES)
            @Max(value = PlanProjection.MAX_BYTES, message = BYTES) Long dataQuotaBytes,
            @Min(value = MIN_BYTES, message = BYTES)
            @Max(value = PlanProjection.MAX_BYTES, message = BYTES) Long uploadQuotaBytes,
            @Min(value = MIN_BYTES, message = BYTES)
            @Max(value = PlanProjection.MAX_BYTES, message = BYTES) Long downloadQuotaBytes,
            @MikrotikRateLimit String rateLimit,
            @Min(value = 1, message = "from 1 to 1000 devices at once")
            @Max(value = 1000, message = "from 1 to 1000 devices at once") Integer sharedUsers,
            Boolean macLock,
            @Min(value = MIN_SECONDS, message = IDLE)
            @Max(value = MAX_IDLE_SECONDS, message = IDLE) Long idleTimeoutSeconds,
            @Size(max = 500) List<@NotBlank @Size(max = 64) @PlainText String> sites) implements ProfileService.Fields {

        /** The profile's fields as a request would set them, the base an update is merged into. */
        static ProfileRequest of(Profile p) {
            return new ProfileRequest(p.name, p.price, p.currency, p.timeQuotaSeconds, p.validitySeconds,
                    p.dataQuotaBytes, p.uploadQuotaBytes, p.downloadQuotaBytes, p.rateLimit, p.sharedUsers, p.macLock,
                    p.idleTimeoutSeconds, p.sites);
        }

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
            profile.rateLimit =
                    rateLimit == null || rateLimit.isBlank() ? null : RateLimit.parse(rateLimit).toMikrotik();
            profile.sharedUsers = sharedUsers == null ? 1 : sharedUsers;
            profile.macLock = Boolean.TRUE.equals(macLock);
            profile.idleTimeoutSeconds = idleTimeoutSeconds;
            profile.sites = sites == null ? List.of() : List.copyOf(sites);
        }
    }

    /**
     * @param termsVersion    the version of the terms new batches are sold with
     * @param vouchersChanged in the answer to an update, how many vouchers made before it were given
     *                        its terms ({@code applyTo}); null otherwise
     */
    public record ProfileView(String id, String name, BigDecimal price, String currency, Long timeQuotaSeconds,
            Long validitySeconds, Long dataQuotaBytes, Long uploadQuotaBytes, Long downloadQuotaBytes,
            String rateLimit, int sharedUsers, boolean macLock, Long idleTimeoutSeconds, List<String> sites,
            ProfileState state, long termsVersion, Long vouchersChanged, Instant createdAt, Instant updatedAt) {

        static ProfileView of(Profile p) {
            return of(p, null);
        }

        static ProfileView of(Profile p, Long vouchersChanged) {
            return new ProfileView(p.id, p.name, p.price, p.currency, p.timeQuotaSeconds, p.validitySeconds,
                    p.dataQuotaBytes, p.uploadQuotaBytes, p.downloadQuotaBytes, p.rateLimit, p.sharedUsers, p.macLock,
                    p.idleTimeoutSeconds, p.sites, p.state, p.termsVersion, vouchersChanged, p.createdAt, p.updatedAt);
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
