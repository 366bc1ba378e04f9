package org.hotspot.auth.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.hotspot.auth.rest.AuditApi.AuditPage;
import org.hotspot.auth.rest.AuditApi.IsoInstant;
import org.hotspot.auth.service.AuditQuery;
import org.hotspot.auth.service.AuditQuery.Criteria;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;

/**
 * The audit log of the caller's own organization, for admins and viewers. Operators and resellers
 * are refused: the log shows what every colleague did, which is for those who oversee them.
 */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.VIEWER})
public class AuditResource {

    // Numbers are patterns, not ints, for the same reason as IsoInstant: a bad one must be a 400, not a 404.
    private static final String PAGE = "\\d{1,6}";
    private static final String SIZE = "[1-9]|[1-9]\\d|[1-4]\\d\\d|500";
    // Blank means no filter, as a dashboard form sends it.
    private static final String ACTION = "([A-Z]+(_[A-Z]+)*)?";

    private final AuditQuery audit;
    private final Caller caller;

    public AuditResource(AuditQuery audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    /**
     * Newest first; {@code from} inclusive, {@code to} exclusive. A date alone is a whole day, UTC:
     * {@code from=2026-12-01&to=2026-12-01} is all of that day.
     */
    @GET
    public Uni<AuditPage> search(
            @QueryParam("actor") @Size(max = 128) String actor,
            @QueryParam("action")
            @Pattern(regexp = ACTION, message = "must be upper snake case, such as LOGIN_FAILED") String action,
            @QueryParam("targetId") @Size(max = 128) String targetId,
            @QueryParam("from") @IsoInstant String from,
            @QueryParam("to") @IsoInstant String to,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = PAGE, message = "must be a whole number from 0 to 999999") String page,
            @QueryParam("size") @DefaultValue("50")
            @Pattern(regexp = SIZE, message = "must be a whole number from 1 to 500") String size) {
        Criteria criteria = new Criteria(caller.organizationId(), blankToNull(actor), blankToNull(action),
                blankToNull(targetId), AuditApi.from(from), AuditApi.to(to), Integer.parseInt(page),
                Integer.parseInt(size));
        return audit.search(criteria)
                .map(found -> AuditPage.of(found, criteria.page(), criteria.size()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
