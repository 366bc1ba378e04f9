package org.hotspot.auth.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hotspot.auth.Organization;

/** The records of the organization endpoints. */
public final class OrganizationApi {

    private OrganizationApi() {
    }

    /** {@code requireTotp} is required, so a rename never switches the second factor off by omission. */
    public record OrganizationRequest(@NotBlank @Size(max = 120) String name,
            @jakarta.validation.constraints.NotNull Boolean requireTotp) {
    }

    public record OrganizationView(String id, String name, boolean requireTotp, Instant createdAt) {

        static OrganizationView of(Organization organization) {
            return new OrganizationView(organization.id, organization.name, organization.requireTotp,
                    organization.createdAt);
        }
    }
}
