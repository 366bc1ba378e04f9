package org.hotspot.portal.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hotspot.common.problem.ProblemMapper;
import org.hotspot.common.security.ClientAddress;
import org.hotspot.portal.service.RequestErrors;
import org.hotspot.portal.service.Visit;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What Quarkus REST refuses under {@code /portal} before a page's method runs (an unknown path, a
 * wrong method, a body that is not a form) becomes a page in the customer's language, status kept:
 * a phone's browser shows it, and a problem document would read as raw JSON. Elsewhere the shared
 * {@link ProblemMapper} answers as in every service.
 */
class PortalRequestErrors {

    private static final String PORTAL = "/portal";

    private final Pages pages;
    private final ProblemMapper problems = new ProblemMapper();

    PortalRequestErrors(Pages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    Response notFound(NotFoundException e, HttpServerRequest request, HttpHeaders headers) {
        return page(e, request, headers);
    }

    @ServerExceptionMapper
    Response notAllowed(NotAllowedException e, HttpServerRequest request, HttpHeaders headers) {
        return page(e, request, headers);
    }

    @ServerExceptionMapper
    Response notSupported(NotSupportedException e, HttpServerRequest request, HttpHeaders headers) {
        return page(e, request, headers);
    }

    private Response page(WebApplicationException e, HttpServerRequest request, HttpHeaders headers) {
        String path = request.path();
        if (!path.equals(PORTAL) && !path.startsWith(PORTAL + "/")) {
            return problems.http(e, request);
        }
        Visit visit = new Visit(request.getParam("lang"), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE),
                ClientAddress.of(request));
        return pages.render(RequestErrors.page(e.getResponse().getStatus(), visit));
    }
}
