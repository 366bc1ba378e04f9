package org.hotspot.portal.dashboard.session;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.hotspot.common.problem.Problem;

/**
 * What auth-service said when it refused a sign-in step: its status, its problem's kind
 * ({@code totp-required}, {@code too-many-attempts}, ...) and its {@code Retry-After}; status -1 when
 * it did not answer at all.
 */
public record AuthRefusal(int status, String kind, long retryAfterSeconds) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static AuthRefusal of(Throwable failure) {
        if (!(failure instanceof WebApplicationException http) || http.getResponse() == null) {
            return new AuthRefusal(-1, null, 0);
        }
        Response response = http.getResponse();
        return new AuthRefusal(response.getStatus(), kind(response), retryAfter(response));
    }

    private static String kind(Response response) {
        try {
            String body = response.hasEntity() ? response.readEntity(String.class) : null;
            String type = body == null || body.isBlank() ? null : JSON.readValue(body, Problem.class).type();
            return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
        } catch (RuntimeException | IOException e) {
            return null;
        }
    }

    private static long retryAfter(Response response) {
        try {
            String value = response.getHeaderString("Retry-After");
            return value == null ? 0 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
