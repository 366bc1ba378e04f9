package org.hotspot.portal.dashboard.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.hotspot.common.problem.Problem;
import org.hotspot.common.web.RequestIds;
import org.jboss.logging.Logger;

/**
 * Turns what a REST client call to a service ended with into what a page shows: the result, or a
 * {@link PageProblem} (a problem+json refusal, or a service that did not answer at all). Pages
 * keep what the operator typed and show the problem's message above the form.
 */
public final class BackendCall {

    private static final Logger LOG = Logger.getLogger(BackendCall.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private BackendCall() {
    }

    /**
     * The outcome of a call: exactly one of {@code value} and {@code problem} is set (value may be
     * null for a call that answers nothing).
     */
    public record Outcome<T>(T value, PageProblem problem) {

        public boolean failed() {
            return problem != null;
        }

        /** The value, or what {@code onProblem} makes of the problem. */
        public <R> R fold(Function<T, R> onValue, Function<PageProblem, R> onProblem) {
            return problem == null ? onValue.apply(value) : onProblem.apply(problem);
        }
    }

    /**
     * The call's outcome, never a failure.
     *
     * @param sentRequestId the {@code X-Request-Id} portal-web sent (SignedIn's), quoted when the service gave none
     */
    public static <T> Uni<Outcome<T>> attempt(Uni<T> call, String sentRequestId) {
        return call
                .map(value -> new Outcome<T>(value, null))
                .onFailure().recoverWithItem(failure -> new Outcome<>(null, problem(failure, sentRequestId)));
    }

    /** What a page shows for a REST client failure. */
    public static PageProblem problem(Throwable failure, String sentRequestId) {
        if (failure instanceof WebApplicationException http && http.getResponse() != null) {
            Response response = http.getResponse();
            int status = response.getStatus();
            String answeredId = response.getHeaderString(RequestIds.HEADER);
            String requestId = answeredId != null ? answeredId : sentRequestId;
            Problem problem = body(response);
            if (problem == null) {
                return new PageProblem(status, ProblemMessages.keyOf(status), null, List.of(), requestId);
            }
            return new PageProblem(status, ProblemMessages.keyOf(problem.type(), status), problem.detail(),
                    problem.violations(), problem.requestId() != null ? problem.requestId() : requestId);
        }
        LOG.debugf(failure, "a service did not answer");
        return new PageProblem(503, ProblemMessages.keyOf(-1), null, List.of(), sentRequestId);
    }

    private static Problem body(Response response) {
        try {
            if (!response.hasEntity()) {
                return null;
            }
            String text = response.readEntity(String.class);
            return text == null || text.isBlank() ? null : JSON.readValue(text, Problem.class);
        } catch (RuntimeException | IOException e) {
            // Not problem+json (a proxy's HTML page, an already read body): the status says enough.
            return null;
        }
    }
}
