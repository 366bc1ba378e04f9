package org.hotspot.portal.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import org.hotspot.portal.config.PortalConfig;

/** The timeout, retry and error reading every call to a backend shares. */
final class Calls {

    private Calls() {
    }

    /** The HTTP status a backend answered with, or -1 when it did not answer at all. */
    static int status(Throwable failure) {
        return failure instanceof WebApplicationException http && http.getResponse() != null
                ? http.getResponse().getStatus() : -1;
    }

    /**
     * A read: timed out after {@link PortalConfig#callTimeout()}, tried again when the backend was
     * down or failed (never on a 4xx: asking again gets the same answer), empty on 404, and
     * {@link BackendUnavailable} for anything else.
     */
    static <T> Uni<Optional<T>> read(String backend, Uni<T> call, PortalConfig config) {
        return call
                .ifNoItem().after(config.callTimeout()).fail()
                .onFailure(failure -> status(failure) < 400 || status(failure) >= 500).retry().atMost(config.retries())
                .map(Optional::ofNullable)
                .onFailure(failure -> status(failure) == 404).recoverWithItem(Optional.empty())
                .onFailure(failure -> !(failure instanceof BackendUnavailable))
                .transform(failure -> new BackendUnavailable(backend, failure));
    }
}
