package org.hotspot.common.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An internal endpoint, as one service calls on another (service authentication left out here). */
@Path("/internal/probe")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class InternalProbeResource {

    /** Its own type: Quarkus picks the strict or tolerant reader once per body type. */
    public record Decision(String code, int count) {
    }

    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Decision decide(@Valid Decision decision) {
        return decision;
    }
}
