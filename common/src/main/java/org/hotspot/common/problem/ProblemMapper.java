package org.hotspot.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hotspot.common.problem.Problem.Violation;
import org.hotspot.common.web.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP responses, for every service. Each answer is an RFC
 * 9457 problem; the detail of an unexpected failure stays in the log, under the request id the
 * client is given.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e, HttpServerRequest request) {
        Response.ResponseBuilder response = Response.fromResponse(respond(e.status(), e.type(), e.title(),
                e.getMessage(), request, e.violations().isEmpty() ? null : e.violations()));
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return respond(400, ProblemTypes.VALIDATION, "Invalid input",
                violations.size() + " field(s) are invalid", request, violations);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e, HttpServerRequest request) {
        return respond(400, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                "The request body is not valid JSON", request, null);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpServerRequest request) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> a + "." + b)
                .orElse("body");
        return respond(400, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                "The request body has a value of the wrong type", request,
                List.of(new Violation(field, "has the wrong type")));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        Response response = respond(401, ProblemTypes.UNAUTHORIZED, "Unauthorized",
                "A valid access token is required", request, null);
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(403, ProblemTypes.FORBIDDEN, "Forbidden",
                "Your role does not allow this action", request, null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        // Quarkus REST wraps a body it cannot read in a plain 400: say what was wrong with it.
        if (e.getCause() instanceof MismatchedInputException mismatched) {
            return mismatchedJson(mismatched, request);
        }
        if (e.getCause() instanceof JsonParseException unreadable) {
            return unreadableJson(unreadable, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
        String kind = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return respond(status, ProblemTypes.of(kind), title, title, request, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        String requestId = RequestIds.of(request);
        LOG.errorf(e, "Unexpected failure on %s %s (request id %s)", request.method(), request.path(), requestId);
        return respond(500, ProblemTypes.INTERNAL, "Internal error",
                "The request could not be completed; quote request id " + requestId + " when reporting it",
                request, null);
    }

    private static Response respond(int status, String type, String title, String detail, HttpServerRequest request,
            List<Violation> violations) {
        Problem problem = new Problem(type, title, status, detail, request.path(), RequestIds.of(request), violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** {@code create.arg0.name} becomes {@code name}: callers know their fields, not our parameters. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : parts[parts.length - 1];
    }
}
