package org.hotspot.auth.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hotspot.auth.rest.OperatorApi.CreateOperatorRequest;
import org.hotspot.auth.rest.OperatorApi.OperatorView;
import org.hotspot.auth.rest.OperatorApi.PasswordChangeRequest;
import org.hotspot.auth.rest.OperatorApi.PasswordRequest;
import org.hotspot.auth.rest.OperatorApi.RoleRequest;
import org.hotspot.auth.service.OperatorService;
import org.hotspot.auth.service.OperatorService.NewOperator;
import org.hotspot.auth.service.PasswordChange;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;

/** Operator management, for platform and org admins; {@code /me} for everyone. */
@Path("/api/operators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN})
public class OperatorResource {

    private final OperatorService operators;
    private final PasswordChange passwordChange;
    private final Caller caller;

    public OperatorResource(OperatorService operators, PasswordChange passwordChange, Caller caller) {
        this.operators = operators;
        this.passwordChange = passwordChange;
        this.caller = caller;
    }

    @POST
    public Uni<Response> create(@NotNull @Valid CreateOperatorRequest request) {
        return operators.create(caller, new NewOperator(request.username(), request.password(), request.role(),
                request.organizationId()))
                .map(created -> Response.status(Response.Status.CREATED).entity(OperatorView.of(created)).build());
    }

    /** The caller's organization's operators; a platform admin may name another organization. */
    @GET
    public Uni<List<OperatorView>> list(@QueryParam("organizationId") String organizationId) {
        return operators.list(caller, organizationId)
                .map(found -> found.stream().map(OperatorView::of).toList());
    }

    @GET
    @Path("/me")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER,
            Role.Names.VIEWER})
    public Uni<OperatorView> me() {
        return operators.get(caller, caller.operatorId()).map(OperatorView::of);
    }

    /** Every role changes its own password; every session of the caller ends, so they log in again. */
    @PUT
    @Path("/me/password")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER,
            Role.Names.VIEWER})
    public Uni<Void> changeOwnPassword(@NotNull @Valid PasswordChangeRequest request) {
        return passwordChange.change(caller, request.currentPassword(), request.newPassword());
    }

    @GET
    @Path("/{id}")
    public Uni<OperatorView> get(@PathParam("id") String id) {
        return operators.get(caller, id).map(OperatorView::of);
    }

    @POST
    @Path("/{id}/disable")
    public Uni<OperatorView> disable(@PathParam("id") String id) {
        return operators.setDisabled(caller, id, true).map(OperatorView::of);
    }

    @POST
    @Path("/{id}/enable")
    public Uni<OperatorView> enable(@PathParam("id") String id) {
        return operators.setDisabled(caller, id, false).map(OperatorView::of);
    }

    @PUT
    @Path("/{id}/role")
    public Uni<OperatorView> changeRole(@PathParam("id") String id, @NotNull @Valid RoleRequest request) {
        return operators.changeRole(caller, id, request.role()).map(OperatorView::of);
    }

    /** Removes the operator's second factor (lost device); they enrol again at their next login. */
    @DELETE
    @Path("/{id}/totp")
    public Uni<OperatorView> resetTotp(@PathParam("id") String id) {
        return operators.resetTotp(caller, id).map(OperatorView::of);
    }

    /** An admin sets a new password; the operator's sessions end. */
    @PUT
    @Path("/{id}/password")
    public Uni<OperatorView> resetPassword(@PathParam("id") String id, @NotNull @Valid PasswordRequest request) {
        return operators.resetPassword(caller, id, request.password()).map(OperatorView::of);
    }
}
