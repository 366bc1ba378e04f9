package org.hotspot.auth.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.repository.OperatorRepository;
import org.hotspot.common.security.Role;
import org.hotspot.common.security.ServiceAuthentication;

/**
 * What other services need to know of an operator, such as voucher-service granting credit only
 * to an existing reseller of the organization. Only for the service token, and only within the
 * organization named: an operator of another organization is not found.
 */
@Path("/internal/operators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ServiceAuthentication.VOUCHER_SERVICE)
public class InternalOperatorResource {

    /** The operator's role and whether they may log in; never their secrets. */
    public record OperatorStanding(String organizationId, String username, Role role, boolean enabled) {
    }

    private final OperatorRepository operators;

    public InternalOperatorResource(OperatorRepository operators) {
        this.operators = operators;
    }

    @GET
    @Path("/{organizationId}/{username}")
    public Uni<OperatorStanding> get(@PathParam("organizationId") String organizationId,
            @PathParam("username") String username) {
        return operators.findByUsername(username)
                .map(found -> found != null && organizationId.equals(found.organizationId) ? found : null)
                .onItem().ifNull().failWith(() -> AuthProblems.notFound("operator", username))
                .map(o -> new OperatorStanding(o.organizationId, o.username, o.role, !o.disabled));
    }
}
