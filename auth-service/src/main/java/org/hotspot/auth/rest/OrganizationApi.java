package org.hotspot.auth.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hotspot.auth.Organization;

/** The records of the organization endpoints. */
public final class OrganizationApi {

    private OrganizationApi() {
    }

    public record OrganizationRequest(@NotBlank @Size(max = 120) String name, boolean requireTotp) {
    }

    public record OrganizationView(String id, String name, boolean requireTotp, Instant createdAt) {

        static OrganizationView of(Organization organization) {
            return new OrganizationView(organization.id, organization.name, organization.requireTotp,
                    organization.createdAt);
        }
    }
}
