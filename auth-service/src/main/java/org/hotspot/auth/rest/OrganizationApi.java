package org.hotspot.auth.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hotspot.auth.Organization;
import org.hotspot.auth.OrganizationSettings;
import org.hotspot.common.validation.PlainText;

/** The records of the organization endpoints. */
public final class OrganizationApi {

    private OrganizationApi() {
    }

    /**
     * {@code requireTotp} is required, so a rename never switches the second factor off by omission.
     * {@code language} is optional: English for a new organization, unchanged on an update. Only
     * the languages the product is written in: cards and RADIUS messages in any other would
     * silently come out in English. {@code timeZone} (an IANA id, checked by the service),
     * {@code currency} (ISO 4217) and {@code digits} likewise: defaults for a new organization
     * (UTC, USD, latin), unchanged on an update when left out.
     */
    public record OrganizationRequest(@NotBlank @Size(max = 120) @PlainText String name,
            @NotNull Boolean requireTotp,
            @Pattern(regexp = Organization.LANGUAGES,
                    message = "must be one of en, ar, fa, ru, fr: the languages the product has") String language,
            @Size(max = 64) String timeZone,
            @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as USD or IRR") String currency,
            @Pattern(regexp = Organization.DIGITS, message = "must be latin or persian") String digits) {

        OrganizationSettings settings() {
            return new OrganizationSettings(name, requireTotp, language, timeZone, currency, digits);
        }
    }

    public record OrganizationView(String id, String name, boolean requireTotp, String language, String timeZone,
            String currency, String digits, Instant createdAt) {

        static OrganizationView of(Organization organization) {
            return new OrganizationView(organization.id, organization.name, organization.requireTotp,
                    organization.languageOrDefault(), organization.timeZoneOrDefault(),
                    organization.currencyOrDefault(), organization.digitsOrDefault(), organization.createdAt);
        }
    }
}
