package org.hotspot.session.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.common.web.Pages;
import org.hotspot.session.Session;
import org.hotspot.session.client.VoucherLookup;
import org.hotspot.session.rest.SessionApi.DisconnectView;
import org.hotspot.session.rest.SessionApi.SessionPage;
import org.hotspot.session.rest.SessionApi.SessionView;
import org.hotspot.session.service.OperatorDisconnect;
import org.hotspot.session.service.ResellerScope;
import org.hotspot.session.service.SessionFilter;
import org.hotspot.session.service.SessionQueries;

/**
 * Sessions of the caller's organization: the active ones ({@code ?active=true}), those of one
 * voucher by its code ({@code ?voucher=}) or id ({@code ?voucherId=}), of one router ({@code ?router=})
 * and started from {@code ?from=} until before {@code ?to=}, newest first, a page at a time.
 * A reseller sees only the sessions of the vouchers they sold. Everyone but viewers may disconnect
 * an open session they see.
 */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER,
        Role.Names.VIEWER})
public class SessionResource {

    private final SessionQueries sessions;
    private final ResellerScope resellers;
    private final VoucherLookup vouchers;
    private final OperatorDisconnect disconnects;
    private final Caller caller;
    private final JsonWebToken token;

    public SessionResource(SessionQueries sessions, ResellerScope resellers, VoucherLookup vouchers,
            OperatorDisconnect disconnects, Caller caller, JsonWebToken token) {
        this.sessions = sessions;
        this.disconnects = disconnects;
        this.resellers = resellers;
        this.vouchers = vouchers;
        this.caller = caller;
        this.token = token;
    }

    @GET
    public Uni<SessionPage> list(@QueryParam("active") @DefaultValue("false") boolean active,
            @QueryParam("voucher") String code, @QueryParam("voucherId") String voucherId,
            @QueryParam("router") String routerId, @QueryParam("from") Instant from, @QueryParam("to") Instant to,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = Pages.PAGE_BOUNDS)
            @Max(value = Pages.MAX_PAGE, message = Pages.PAGE_BOUNDS) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        String organization = caller.organizationId();
        SessionFilter filter = new SessionFilter(routerId == null || routerId.isBlank() ? null : routerId.trim(),
                from, to);
        Uni<String> voucher = code != null && !code.isBlank() ? vouchers.idOf(token.getRawToken(), code)
                : Uni.createFrom().item(voucherId);
        return voucher
                .chain(id -> resellers.visibleVouchers(caller)
                        .chain(visible -> visible == null ? sessions.page(organization, active, id, filter, page, size)
                                : ofVisible(organization, visible, active, id, filter, page, size)))
                .map(found -> new SessionPage(page, size, found.stream().map(SessionView::of).toList()));
    }

    /**
     * Ends an open session: 202 once the Disconnect command is on its way to the router (the router's
     * Stop closes the session); 404 for a session the caller does not see, 409 for a closed one.
     */
    @POST
    @Path("/{id}/disconnect")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.ORG_ADMIN, Role.Names.OPERATOR, Role.Names.RESELLER})
    public Uni<Response> disconnect(@PathParam("id") String id) {
        return disconnects.disconnect(caller, id)
                .map(command -> Response.accepted(new DisconnectView(id, command.commandId(), command.reason()))
                        .build());
    }

    /** A reseller's page: only sessions of vouchers they sold; another voucher looks like one without sessions. */
    private Uni<List<Session>> ofVisible(String organization, Set<String> visible, boolean active, String voucherId,
            SessionFilter filter, int page, int size) {
        if (voucherId == null) {
            return resellers.sessionsOf(organization, visible, active, filter, page, size);
        }
        return visible.contains(voucherId) ? sessions.page(organization, active, voucherId, filter, page, size)
                : Uni.createFrom().item(List.of());
    }
}
