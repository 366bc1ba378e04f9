package org.hotspot.portal.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hotspot.common.security.ClientAddress;
import org.hotspot.portal.service.LoginFlow;
import org.hotspot.portal.service.QrLanding;
import org.hotspot.portal.service.RouterEntry;
import org.hotspot.portal.service.StatusPages;
import org.hotspot.portal.service.Visit;

/**
 * The captive portal's pages. Every parameter is read as text and checked by the use cases, so a
 * malformed one gives a page in the customer's language, never a bare error.
 */
@Path("/portal")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PortalResource {

    private final LoginFlow logins;
    private final QrLanding qr;
    private final StatusPages statuses;
    private final Pages pages;

    PortalResource(LoginFlow logins, QrLanding qr, StatusPages statuses, Pages pages) {
        this.logins = logins;
        this.qr = qr;
        this.statuses = statuses;
        this.pages = pages;
    }

    /** The router's entry (its variables), a card's QR code ({@code ?v=}), or the router's logout coming back. */
    @GET
    public Uni<Response> entry(@Context UriInfo uri, @Context HttpHeaders headers, @Context HttpServerRequest request) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Visit visit = visit(query.getFirst("lang"), headers, request);
        RouterEntry entry = RouterEntry.from(query);
        if (query.containsKey("logged-out")) {
            return statuses.loggedOut(entry.router(), visit).map(pages::render);
        }
        if (entry.router() == null && query.getFirst("v") != null) {
            return qr.land(query.getFirst("v"), visit).map(pages::render);
        }
        return logins.enter(entry, visit).map(pages::render);
    }

    /** The code form's post: the router's variables come back as hidden fields, never in a cookie. */
    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> login(MultivaluedMap<String, String> form, @Context HttpHeaders headers,
            @Context HttpServerRequest request) {
        return logins
                .login(RouterEntry.from(form), form.getFirst("code"), visit(form.getFirst("lang"), headers, request))
                .map(pages::render);
    }

    /** Where the router sends the browser after a successful login. */
    @GET
    @Path("/online")
    public Uni<Response> online(@Context UriInfo uri, @Context HttpHeaders headers,
            @Context HttpServerRequest request) {
        return status(true, uri, headers, request);
    }

    /** What is left on the voucher, for a bookmark. */
    @GET
    @Path("/status")
    public Uni<Response> status(@Context UriInfo uri, @Context HttpHeaders headers,
            @Context HttpServerRequest request) {
        return status(false, uri, headers, request);
    }

    private Uni<Response> status(boolean online, UriInfo uri, HttpHeaders headers, HttpServerRequest request) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        return statuses.status(online, query.getFirst("t"), query.getFirst("router"),
                visit(query.getFirst("lang"), headers, request))
                .map(pages::render);
    }

    private static Visit visit(String lang, HttpHeaders headers, HttpServerRequest request) {
        return new Visit(lang, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), ClientAddress.of(request));
    }
}
