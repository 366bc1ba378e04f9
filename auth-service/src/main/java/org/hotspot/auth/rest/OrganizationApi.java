package org.hotspot.auth.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hotspot.auth.Organization;

/** The records of the organization endpoints. */
public final class OrganizationApi {

    private OrganizationApi() {
    }

    /**
     * {@code requireTotp} is required, so a rename never switches the second factor off by omission.
     * {@code language} is optional: English for a new organization, unchanged on an update.
     */
    public record OrganizationRequest(@NotBlank @Size(max = 120) String name,
            @jakarta.validation.constraints.NotNull Boolean requireTotp,
            @jakarta.validation.constraints.Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?",
                    message = "a language tag such as en, ar, fa or fr-CA") String language) {
    }

    public record OrganizationView(String id, String name, boolean requireTotp, String language, Instant createdAt) {

        static OrganizationView of(Organization organization) {
            return new OrganizationView(organization.id, organization.name, organization.requireTotp,
                    organization.language == null ? Organization.DEFAULT_LANGUAGE : organization.language,
                    organization.createdAt);
        }
    }
}
