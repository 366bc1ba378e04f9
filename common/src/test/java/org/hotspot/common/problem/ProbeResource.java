package org.hotspot.common.problem;

import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Throws each kind of failure the shared mapper must turn into a problem. */
@Path("/probe")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public record Order(@NotBlank String name, @Min(1) int count) {
    }

    static final class VoucherExpired extends ProblemException {
        VoucherExpired() {
            super(409, "voucher-expired", "Voucher expired", "Voucher ABC-123 expired on 2026-11-01");
        }
    }

    @POST
    @Path("/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    public Order create(@Valid Order order) {
        return order;
    }

    /** Typed parameters, as a report or usage endpoint takes them. */
    @GET
    @Path("/usage")
    public String usage(@QueryParam("from") Instant from, @QueryParam("day") LocalDate day,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("active") Boolean active) {
        return from + " " + day + " " + page + " " + active;
    }

    /** An answer from a newer version of a service: it has a field older readers do not know. */
    @GET
    @Path("/organization")
    public Map<String, Object> organization() {
        return Map.of("id", "org-1", "name", "Example ISP", "addedInANewerVersion", true);
    }

    @GET
    @Path("/expired")
    public String expired() {
        throw new VoucherExpired();
    }

    @GET
    @Path("/forbidden")
    public String forbidden() {
        throw new ForbiddenException("internal reason that must not leak");
    }

    @GET
    @Path("/bug")
    public String bug() {
        throw new IllegalStateException("secret internal state: db password is hunter2");
    }
}
