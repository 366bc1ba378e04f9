package org.hotspot.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.gateway.rest.RouterApi.RouterRequest;
import org.hotspot.gateway.rest.RouterApi.RouterView;
import org.hotspot.gateway.service.RouterService;

/**
 * Routers of the caller's organization. Admins register and change them (they hold the secrets);
 * operators and viewers see them, without secrets.
 */
@Path("/api/routers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN})
public class RouterResource {

    private final RouterService routers;
    private final Caller caller;

    public RouterResource(RouterService routers, Caller caller) {
        this.routers = routers;
        this.caller = caller;
    }

    @POST
    public Uni<Response> create(@NotNull @Valid RouterRequest request) {
        return routers.create(caller, request)
                .map(created -> Response.created(URI.create("/api/routers/" + created.id))
                        .entity(RouterView.of(created)).build());
    }

    @GET
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.VIEWER})
    public Uni<List<RouterView>> list() {
        return routers.list(caller).map(found -> found.stream().map(RouterView::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.VIEWER})
    public Uni<RouterView> get(@PathParam("id") String id) {
        return routers.get(caller, id).map(RouterView::of);
    }

    /** Absent secrets are kept. */
    @PUT
    @Path("/{id}")
    public Uni<RouterView> update(@PathParam("id") String id, @NotNull @Valid RouterRequest request) {
        return routers.update(caller, id, request).map(RouterView::of);
    }

    /**
     * Lets routers of several organizations register at one address (carrier NAT); each is then
     * told apart by its NAS-Identifier. A platform admin's act: an organization alone can never
     * register at an address another one holds.
     */
    @PUT
    @Path("/shared-addresses/{address}")
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    public Uni<Response> share(
            @PathParam("address") @Pattern(regexp = RouterApi.IP, message = "an IPv4 or IPv6 address") String address) {
        return routers.share(caller, address).map(done -> Response.noContent().build());
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") String id) {
        return routers.delete(caller, id).map(done -> Response.noContent().build());
    }
}
