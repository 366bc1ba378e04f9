package org.hotspot.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotspot.common.problem.Problem;
import org.hotspot.common.problem.ProblemTypes;

/**
 * Problem+json for what is refused below Quarkus REST, where no exception mapper sees it: a URI or
 * headers over {@code quarkus.http.limits}, a body over {@code max-body-size}, a {@code %} that is not
 * an escape, and any other 4xx a Vert.x handler fails a request with.
 *
 * <p>Netty refuses an over-long request line or header block itself and Vert.x answers with a bare
 * status, without asking the router. So the decoder's own limits are raised to a ceiling and the
 * configured limits are enforced here, first of all routes, where the answer can say what was wrong.
 * Past the ceiling Netty still refuses: that bounds what one connection can make us hold.
 */
@ApplicationScoped
@Unremovable
public class HttpEdges implements HttpServerOptionsCustomizer {

    /** Before every Quarkus route, including its body size check (order -2). */
    private static final int FIRST = Integer.MIN_VALUE;
    private static final int DECODER_CEILING = 64 * 1024;
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final int MAX_INSTANCE = 200;

    private final ObjectMapper json;
    private final int maxRequestLine;
    private final long maxHeaderBytes;
    private final long maxBodyBytes;

    public HttpEdges(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length") int maxRequestLine,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size") MemorySize maxHeaderSize,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.json = json;
        this.maxRequestLine = maxRequestLine;
        this.maxHeaderBytes = maxHeaderSize.asLongValue();
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setMaxInitialLineLength(Math.max(options.getMaxInitialLineLength(), Math.max(DECODER_CEILING,
                4 * maxRequestLine)));
        options.setMaxHeaderSize(Math.max(options.getMaxHeaderSize(), (int) Math.min(Integer.MAX_VALUE,
                Math.max(DECODER_CEILING, 4 * maxHeaderBytes))));
    }

    void install(@Observes Router router) {
        QuarkusUriCheck.handOver();
        router.route().order(FIRST).handler(this::screen).failureHandler(this::failed);
        // Failures while a route is being chosen (a path Vert.x cannot normalize, no route, wrong
        // method) skip the failure handlers and go to these.
        Map.of(400, "The request URI is malformed",
                404, "Nothing is served at this path",
                405, "This path does not take this method")
                .forEach((status, detail) -> router.errorHandler(status, context -> answer(context, status, detail,
                        false)));
    }

    /** Refuses what exceeds the limits before anything reads it. */
    private void screen(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method().name().length() + request.uri().length() + " HTTP/1.1".length() + 1 > maxRequestLine) {
            answer(context, 414, "The request URI is longer than " + maxRequestLine
                    + " characters; send long values in the request body", true);
        } else if (headerBytes(request) > maxHeaderBytes) {
            answer(context, 431, "The request headers are larger than " + maxHeaderBytes + " bytes", true);
        } else if (BAD_ESCAPE.matcher(request.uri()).find()) {
            answer(context, 400, "The request URI has a % that is not followed by two hexadecimal digits;"
                    + " write a literal % as %25", true);
        } else if (!QuarkusUriCheck.valid(request.uri())) {
            answer(context, 400, "The request URI has a character that must be percent-encoded,"
                    + " such as a space, a quote or a letter outside ASCII", true);
        } else if (contentLength(request) > maxBodyBytes) {
            answer(context, 413, "The request body is larger than " + maxBodyBytes + " bytes", true);
        } else {
            context.next();
        }
    }

    /** A 4xx some handler failed the request with; anything else goes on to Quarkus's own handler. */
    private void failed(RoutingContext context) {
        int status = context.statusCode();
        if (status < 0 && context.failure() instanceof HttpException http) {
            status = http.getStatusCode();
        }
        if (status >= 400 && status < 500 && !context.response().headWritten()) {
            answer(context, status, ProblemTypes.titleOf(status), status == 413);
        } else {
            context.next();
        }
    }

    private void answer(RoutingContext context, int status, String detail, boolean close) {
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            return;
        }
        String requestId = RequestIds.of(context.request());
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        String path = context.request().path();
        // A 400 down here is always a request that cannot be parsed: the same type Quarkus REST gives one.
        Problem problem = new Problem(status == 400 ? ProblemTypes.MALFORMED_REQUEST : ProblemTypes.ofStatus(status),
                status == 400 ? "Malformed request" : ProblemTypes.titleOf(status), status, detail,
                path == null || path.length() <= MAX_INSTANCE ? path : path.substring(0, MAX_INSTANCE), requestId,
                null);
        response.setStatusCode(status)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId);
        if (close) {
            // The request may have more (an unread body): nothing after it on this connection can be trusted.
            response.putHeader(HttpHeaderNames.CONNECTION, "close");
        }
        response.end(write(problem));
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body cannot be written", e);
        }
    }

    /** As Netty counts them: each header line without its line break. */
    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + 2 + header.getValue().length();
        }
        return bytes;
    }

    private static long contentLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
