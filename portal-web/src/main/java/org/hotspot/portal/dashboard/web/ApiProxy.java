package org.hotspot.portal.dashboard.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hotspot.common.problem.Problem;
import org.hotspot.common.problem.ProblemTypes;
import org.hotspot.common.security.ServiceAuthentication;
import org.hotspot.common.web.RequestIds;
import org.hotspot.portal.dashboard.session.BrowserSessions;
import org.hotspot.portal.dashboard.session.BrowserSessions.Resumed;
import org.hotspot.portal.dashboard.session.CrossSite;
import org.hotspot.portal.dashboard.session.Csrf;
import org.hotspot.portal.dashboard.session.DashboardConfig;
import org.hotspot.portal.dashboard.session.DashboardGate;
import org.hotspot.portal.dashboard.session.Forwarded;
import org.hotspot.portal.dashboard.session.SessionCookies;
import org.jboss.logging.Logger;

/**
 * {@code /api/**} for the dashboard's scripts and API clients: passed to the service owning the
 * path ({@link ApiBackends}) with the browser session's bearer token, bodies streamed both ways.
 * A browser's unsafe request needs the session's {@code X-CSRF-Token} and a same-site origin. A
 * request without the session cookie but with its own {@code Authorization} is passed on as it is
 * (API clients). Cookies never go to a service nor come back from one; the request id goes along.
 * An unknown path is a 404 problem, a service that does not answer a 503 (504 when it is too slow),
 * a body over {@link DashboardConfig#proxyMaxBody()} a 413. A path with dot segments or encoded
 * slashes, dots or backslashes is refused (400): the service is chosen by the path's first segment,
 * and a service that normalized {@code /api/profiles/../x} would serve another collection's path.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** After HttpEdges' limits and the security headers, before Quarkus REST. */
    private static final int ORDER = Integer.MIN_VALUE + 10;
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** Never passed on, either way: connection-level headers, and the browser's cookies and session. */
    private static final Set<String> DROPPED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "cookie", "set-cookie",
            "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded",
            "x-csrf-token", "content-length", "x-request-id", ServiceAuthentication.HEADER.toLowerCase(Locale.ROOT));
    /** Percent-encoded slash, backslash and dot: a path that hides a segment boundary or a dot segment. */
    private static final Pattern HIDDEN_SEGMENTS = Pattern.compile("(?i)%(2f|5c|2e)|\\\\");

    private final ApiBackends backends;
    private final BrowserSessions sessions;
    private final SessionCookies cookies;
    private final DashboardConfig config;
    private final ObjectMapper json;
    private final HttpClient client;

    public ApiProxy(ApiBackends backends, BrowserSessions sessions, SessionCookies cookies, DashboardConfig config,
            ObjectMapper json, Vertx vertx) {
        this.backends = backends;
        this.sessions = sessions;
        this.cookies = cookies;
        this.config = config;
        this.json = json;
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000).setMaxPoolSize(50)
                .setKeepAlive(true));
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::proxy);
    }

    private void proxy(RoutingContext context) {
        HttpServerRequest request = context.request();
        // Nothing of the body is read until the service's connection is open to take it.
        request.pause();
        String requestId = Optional.ofNullable(RequestIds.of(request)).orElseGet(() -> UUID.randomUUID().toString());
        if (!plain(context)) {
            problem(context, 400, "malformed-request", "The path has dot segments or encoded separators", requestId);
            return;
        }
        Optional<URI> owner = backends.owner(request.path());
        if (owner.isEmpty()) {
            problem(context, 404, "not-found", "Nothing is served at this path", requestId);
            return;
        }
        Optional<Long> length = contentLength(request);
        if (length.isPresent() && length.get() > config.proxyMaxBody()) {
            problem(context, 413, "content-too-large", "The request body is too large", requestId);
            return;
        }
        String sessionId = SessionCookies.value(request, cookies.sessionName());
        if (sessionId == null) {
            // An API client with its own token (or none: the service answers 401).
            forward(context, owner.get(), request.getHeader(HttpHeaders.AUTHORIZATION), requestId);
            return;
        }
        sessions.resume(sessionId, Forwarded.browser(request)).subscribe().with(
                found -> context.vertx().runOnContext(ignored -> withSession(context, owner.get(), found, requestId)),
                failure -> context.vertx().runOnContext(ignored -> {
                    LOG.warnf("the session store did not answer for /api: %s", failure.getMessage());
                    problem(context, 503, "unavailable", "Sessions cannot be read right now; try again", requestId);
                }));
    }

    /** The path as sent is the path served: nothing a service would normalize differently. */
    private static boolean plain(RoutingContext context) {
        String path = context.request().path();
        return path != null && path.equals(context.normalizedPath()) && !path.contains("//")
                && !HIDDEN_SEGMENTS.matcher(path).find();
    }

    private void withSession(RoutingContext context, URI owner, Optional<Resumed> found, String requestId) {
        HttpServerRequest request = context.request();
        if (found.isEmpty()) {
            problem(context, 401, "unauthorized", "The dashboard session ended; sign in again", requestId);
            return;
        }
        if (!SAFE.contains(request.method()) && (CrossSite.isCrossSite(request)
                || !Csrf.matches(found.get().session().csrfToken(), request.getHeader(DashboardGate.CSRF_HEADER)))) {
            problem(context, 403, "forbidden", "A change needs the session's X-CSRF-Token from this site", requestId);
            return;
        }
        forward(context, owner, "Bearer " + found.get().session().accessToken(), requestId);
    }

    private void forward(RoutingContext context, URI owner, String authorization, String requestId) {
        HttpServerRequest request = context.request();
        RequestOptions options = new RequestOptions().setMethod(request.method())
                .setHost(owner.getHost()).setPort(owner.getPort() > 0 ? owner.getPort() : 80)
                .setSsl("https".equals(owner.getScheme()))
                .setURI(request.uri())
                .setIdleTimeout(config.proxyTimeout().toMillis());
        request.headers().forEach(header -> {
            if (!DROPPED.contains(header.getKey().toLowerCase(Locale.ROOT))
                    && !HttpHeaders.AUTHORIZATION.toString().equalsIgnoreCase(header.getKey())) {
                options.addHeader(header.getKey(), header.getValue());
            }
        });
        if (authorization != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        options.putHeader(RequestIds.HEADER, requestId);
        String browser = Forwarded.browser(request);
        if (browser != null) {
            options.putHeader("X-Forwarded-For", browser);
        }
        HttpClientRequest[] sent = new HttpClientRequest[1];
        long timer = context.vertx().setTimer(config.proxyTimeout().toMillis(), ignored -> {
            if (!context.response().headWritten()) {
                if (sent[0] != null) {
                    // The service's request is given up too: it must not go on holding a pooled connection.
                    sent[0].reset();
                }
                problem(context, 504, "timeout", "The service did not answer in time", requestId);
            }
        });
        context.response().endHandler(ignored -> context.vertx().cancelTimer(timer));
        client.request(options)
                .onSuccess(outgoing -> {
                    if (context.response().ended()) {
                        // Timed out while the connection opened: nothing is sent.
                        outgoing.reset();
                        return;
                    }
                    sent[0] = outgoing;
                    send(context, outgoing, requestId, timer);
                })
                .onFailure(failure -> unavailable(context, failure, requestId));
    }

    private void send(RoutingContext context, HttpClientRequest outgoing, String requestId, long timer) {
        HttpServerRequest request = context.request();
        outgoing.response()
                .onSuccess(answer -> relay(context, answer, requestId, timer))
                .onFailure(failure -> unavailable(context, failure, requestId));
        Optional<Long> length = contentLength(request);
        if (length.isPresent()) {
            outgoing.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(length.get()));
        } else if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            outgoing.setChunked(true);
        }
        long[] received = {0};
        request.handler(chunk -> {
            received[0] += chunk.length();
            if (received[0] > config.proxyMaxBody()) {
                outgoing.reset();
                problem(context, 413, "content-too-large", "The request body is too large", requestId);
                return;
            }
            outgoing.write(chunk);
            if (outgoing.writeQueueFull()) {
                request.pause();
                outgoing.drainHandler(ignored -> request.resume());
            }
        });
        request.endHandler(ignored -> outgoing.end());
        request.exceptionHandler(failure -> outgoing.reset());
        request.resume();
    }

    private void relay(RoutingContext context, HttpClientResponse answer, String requestId, long timer) {
        HttpServerResponse response = context.response();
        if (response.headWritten() || response.ended()) {
            return;
        }
        // The service answered: its body streams for as long as it takes (a large CSV on a slow link).
        context.vertx().cancelTimer(timer);
        response.setStatusCode(answer.statusCode());
        answer.headers().forEach(header -> {
            if (!DROPPED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                response.headers().add(header.getKey(), header.getValue());
            }
        });
        response.putHeader(RequestIds.HEADER, requestId);
        String length = answer.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, length);
        } else if (answer.statusCode() != 204 && answer.statusCode() != 304
                && context.request().method() != HttpMethod.HEAD) {
            response.setChunked(true);
        }
        answer.pipeTo(response);
    }

    private void unavailable(RoutingContext context, Throwable failure, String requestId) {
        LOG.infof("an /api call to a service failed: %s", failure.getMessage());
        if (!context.response().headWritten()) {
            problem(context, 503, "unavailable", "The service is not reachable right now; try again", requestId);
        }
    }

    private void problem(RoutingContext context, int status, String kind, String detail, String requestId) {
        HttpServerResponse response = context.response();
        if (response.headWritten() || response.ended()) {
            return;
        }
        String path = context.request().path();
        Problem problem = new Problem(ProblemTypes.of(kind), ProblemTypes.titleOf(status), status, detail,
                path != null && path.length() <= 200 ? path : null, requestId, List.of());
        try {
            response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(RequestIds.HEADER, requestId).putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            if (status == 503) {
                response.putHeader("Retry-After", "5");
            }
            response.end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.setStatusCode(500).end();
        }
        // A body the service was never sent is drained, not left hanging on the connection.
        context.request().resume();
    }

    private static Optional<Long> contentLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
