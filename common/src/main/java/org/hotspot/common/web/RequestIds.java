package org.hotspot.common.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every REST request an id: the caller's {@code X-Request-Id} when it is sane (so a call can
 * be followed across services and the portal's proxy), else a new one. The id is in the logs' MDC,
 * in every problem body, and echoed in the response.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** The request's id; never null once the request filter ran. */
    public static String of(HttpServerRequest request) {
        String id = request.getHeader(HEADER);
        return id != null && SANE.matcher(id).matches() ? id : null;
    }

    @ServerRequestFilter(preMatching = true)
    public void assign(HttpServerRequest request) {
        String id = of(request);
        if (id == null) {
            id = UUID.randomUUID().toString();
            request.headers().set(HEADER, id);
        }
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(HttpServerRequest request, ContainerResponseContext response) {
        String id = of(request);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }
}
