package org.hotspot.auth.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.repository.OrganizationRepository;
import org.hotspot.auth.rest.BrandingApi.PortalBranding;
import org.hotspot.auth.service.BrandingService;
import org.hotspot.common.security.ServiceAuthentication;

/**
 * What other services need of an organization outside any operator's request, such as
 * router-gateway writing an Access-Reject's Reply-Message in the organization's language, or
 * portal-web dressing the captive portal in the organization's branding. Only
 * for the service token; operators use {@code /api/organizations}.
 */
@Path("/internal/organizations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ServiceAuthentication.ROUTER_GATEWAY, ServiceAuthentication.PORTAL_WEB})
public class InternalOrganizationResource {

    /** The organization's name and language. */
    public record OrganizationProfile(String id, String name, String language) {
    }

    private final OrganizationRepository organizations;
    private final BrandingService branding;

    public InternalOrganizationResource(OrganizationRepository organizations, BrandingService branding) {
        this.organizations = organizations;
        this.branding = branding;
    }

    @GET
    @Path("/{id}")
    public Uni<OrganizationProfile> get(@PathParam("id") String id) {
        return organizations.findById(id)
                .onItem().ifNull().failWith(() -> AuthProblems.notFound("organization", id))
                .map(o -> new OrganizationProfile(o.id, o.name, o.languageOrDefault()));
    }

    /** The organization's branding with the logo's bytes: portal-web serves the logo itself. */
    @GET
    @Path("/{id}/branding")
    @RolesAllowed(ServiceAuthentication.PORTAL_WEB)
    public Uni<PortalBranding> portalBranding(@PathParam("id") String id) {
        return branding.forPortal(id).map(PortalBranding::of);
    }
}
