package org.hotspot.voucher.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.voucher.rest.ProfileApi.ProfileRequest;
import org.hotspot.voucher.rest.ProfileApi.ProfileView;
import org.hotspot.voucher.service.ProfileService;
import org.hotspot.voucher.service.TermsScope;

/** Profiles (plans): the organization reads them, a reseller only those they sell; admins and operators change them. */
@Path("/api/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR})
public class ProfileResource {

    private final ProfileService profiles;
    private final ProfileEdits edits;
    private final Caller caller;

    public ProfileResource(ProfileService profiles, ProfileEdits edits, Caller caller) {
        this.profiles = profiles;
        this.edits = edits;
        this.caller = caller;
    }

    @POST
    public Uni<Response> create(@NotNull @Valid ProfileRequest request) {
        return profiles.create(caller, request)
                .map(created -> Response.status(Response.Status.CREATED).entity(ProfileView.of(created)).build());
    }

    @GET
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER,
            Role.Names.VIEWER})
    public Uni<List<ProfileView>> list() {
        return profiles.list(caller).map(found -> found.stream().map(ProfileView::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER,
            Role.Names.VIEWER})
    public Uni<ProfileView> get(@PathParam("id") String id) {
        return profiles.get(caller, id).map(ProfileView::of);
    }

    /**
     * Changes the fields the body names (PATCH semantics: a field left out keeps its value, an
     * explicit null makes a quota unlimited). New terms reach the batches made from now on; with
     * {@code applyTo=unused} or {@code all} also the vouchers already made, and the answer's
     * {@code vouchersChanged} says how many.
     */
    @PUT
    @Path("/{id}")
    public Uni<ProfileView> update(@PathParam("id") String id, @QueryParam("applyTo") String applyTo,
            JsonNode body) {
        TermsScope scope = ProfileEdits.scope(applyTo);
        return profiles.get(caller, id)
                .chain(current -> edits.merged(current, body)
                        .chain(request -> profiles.update(caller, current, request, scope)))
                .map(edited -> ProfileView.of(edited.profile(), edited.vouchersChanged()));
    }

    /** The same as {@code PUT}, under the verb that says it. */
    @PATCH
    @Path("/{id}")
    public Uni<ProfileView> patch(@PathParam("id") String id, @QueryParam("applyTo") String applyTo,
            JsonNode body) {
        return update(id, applyTo, body);
    }

    /** Stops selling the profile; vouchers made from it keep working. */
    @POST
    @Path("/{id}/retire")
    public Uni<ProfileView> retire(@PathParam("id") String id) {
        return profiles.retire(caller, id).map(ProfileView::of);
    }

    /** Only a profile no voucher was made from; otherwise 409, retire it instead. */
    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") String id) {
        return profiles.delete(caller, id).map(done -> Response.noContent().build());
    }
}
