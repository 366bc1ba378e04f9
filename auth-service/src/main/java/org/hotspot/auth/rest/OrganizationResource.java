package org.hotspot.auth.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hotspot.auth.rest.BrandingApi.BrandingRequest;
import org.hotspot.auth.rest.BrandingApi.BrandingView;
import org.hotspot.auth.rest.OrganizationApi.OrganizationRequest;
import org.hotspot.auth.rest.OrganizationApi.OrganizationView;
import org.hotspot.auth.service.BrandingService;
import org.hotspot.auth.service.OrganizationService;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;

/** Organizations (tenants). */
@Path("/api/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService organizations;
    private final BrandingService branding;
    private final Caller caller;

    public OrganizationResource(OrganizationService organizations, BrandingService branding, Caller caller) {
        this.organizations = organizations;
        this.branding = branding;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    public Uni<Response> create(@NotNull @Valid OrganizationRequest request) {
        return organizations.create(caller, request.settings())
                .map(created -> Response.status(Response.Status.CREATED)
                        .entity(OrganizationView.of(created)).build());
    }

    @GET
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER,
            Role.Names.VIEWER})
    public Uni<List<OrganizationView>> list() {
        return organizations.list(caller).map(found -> found.stream().map(OrganizationView::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER,
            Role.Names.VIEWER})
    public Uni<OrganizationView> get(@PathParam("id") String id) {
        return organizations.get(caller, id).map(OrganizationView::of);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN})
    public Uni<OrganizationView> update(@PathParam("id") String id, @NotNull @Valid OrganizationRequest request) {
        return organizations.update(caller, id, request.settings())
                .map(OrganizationView::of);
    }

    /** How the captive portal shows the organization; the logo's type and size, not its bytes. */
    @GET
    @Path("/{id}/branding")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN})
    public Uni<BrandingView> branding(@PathParam("id") String id) {
        return branding.get(caller, id).map(BrandingView::of);
    }

    @PUT
    @Path("/{id}/branding")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN})
    public Uni<BrandingView> updateBranding(@PathParam("id") String id, @NotNull @Valid BrandingRequest request) {
        return Uni.createFrom().item(request::change)
                .chain(change -> branding.update(caller, id, change))
                .map(BrandingView::of);
    }
}
