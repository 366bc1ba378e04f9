package org.hotspot.portal.dashboard.plans;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.hotspot.common.problem.Problem;
import org.hotspot.common.web.RequestIds;
import org.hotspot.portal.dashboard.web.BackendCall;
import org.hotspot.portal.dashboard.web.PageProblem;
import org.hotspot.portal.dashboard.web.ProblemMessages;

/**
 * voucher-service's refusal of a call, as the frame's {@link PageProblem} plus the problem's kind
 * ({@code insufficient-credit}, {@code duplicate-name}): these pages say some kinds in their own
 * words, and the kind is the only thing that tells a reseller's exhausted credit from a plan they
 * may not sell.
 *
 * @param kind the last segment of the problem's {@code type}; null when there was no problem body
 */
public record Refusal(PageProblem problem, String kind) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static Refusal of(Throwable failure, String sentRequestId) {
        if (!(failure instanceof WebApplicationException http) || http.getResponse() == null) {
            return new Refusal(BackendCall.problem(failure, sentRequestId), null);
        }
        Response response = http.getResponse();
        int status = response.getStatus();
        String answeredId = response.getHeaderString(RequestIds.HEADER);
        String requestId = answeredId != null ? answeredId : sentRequestId;
        Problem body = body(response);
        if (body == null) {
            return new Refusal(new PageProblem(status, ProblemMessages.keyOf(status), null, List.of(), requestId),
                    null);
        }
        String kind = body.type() == null ? null : body.type().substring(body.type().lastIndexOf('/') + 1);
        return new Refusal(new PageProblem(status, ProblemMessages.keyOf(body.type(), status), body.detail(),
                body.violations(), body.requestId() != null ? body.requestId() : requestId), kind);
    }

    /** The alert above the form. */
    public Alert alert() {
        return Alert.of(problem, kind);
    }

    private static Problem body(Response response) {
        try {
            String text = response.hasEntity() ? response.readEntity(String.class) : null;
            return text == null || text.isBlank() ? null : JSON.readValue(text, Problem.class);
        } catch (RuntimeException | IOException e) {
            // Not problem+json (a proxy's page): the status says enough.
            return null;
        }
    }
}
