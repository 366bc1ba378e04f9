package org.hotspot.auth.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.hotspot.auth.service.AccessTokenRevocations;
import org.hotspot.auth.service.AccessTokenRevocations.Changes;
import org.hotspot.common.security.ServiceAuthentication;

/**
 * The revocation watermarks every service polls (common's {@code RevocationFeed}): without
 * {@code since}, all that can still void a live token; with it (the previous answer's
 * {@code asOf}), what changed since. Only for the service token.
 */
@Path("/internal/revocations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ServiceAuthentication.ROLE)
public class InternalRevocationResource {

    private final AccessTokenRevocations revocations;

    public InternalRevocationResource(AccessTokenRevocations revocations) {
        this.revocations = revocations;
    }

    @GET
    public Uni<Changes> changes(@QueryParam("since") @Min(0) @Max(253402300799999L) Long since) {
        return revocations.since(since);
    }
}
