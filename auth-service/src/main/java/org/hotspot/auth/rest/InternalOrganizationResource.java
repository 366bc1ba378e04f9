package org.hotspot.auth.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.Organization;
import org.hotspot.auth.repository.OrganizationRepository;
import org.hotspot.common.security.ServiceAuthentication;

/**
 * What other services need of an organization outside any operator's request, such as
 * router-gateway writing an Access-Reject's Reply-Message in the organization's language. Only
 * for the service token; operators use {@code /api/organizations}.
 */
@Path("/internal/organizations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ServiceAuthentication.ROUTER_GATEWAY)
public class InternalOrganizationResource {

    /** The organization's name and language. */
    public record OrganizationProfile(String id, String name, String language) {
    }

    private final OrganizationRepository organizations;

    public InternalOrganizationResource(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @GET
    @Path("/{id}")
    public Uni<OrganizationProfile> get(@PathParam("id") String id) {
        return organizations.findById(id)
                .onItem().ifNull().failWith(() -> AuthProblems.notFound("organization", id))
                .map(o -> new OrganizationProfile(o.id, o.name,
                        o.language == null ? Organization.DEFAULT_LANGUAGE : o.language));
    }
}
