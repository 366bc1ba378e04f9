package org.hotspot.voucher.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.problem.ProblemException;

/**
 * The caller's organization from auth-service, which owns it. The call carries the operator's own
 * access token, so auth-service applies its own scoping; a slow or failing auth-service is retried
 * briefly and then reported as a 503, never as a card printed without the organization's name.
 */
@ApplicationScoped
public class OrganizationClient {

    private final OrganizationRestClient client;
    private final JsonWebToken token;

    OrganizationClient(@RestClient OrganizationRestClient client, JsonWebToken token) {
        this.client = client;
        this.token = token;
    }

    public Uni<Organization> current(String organizationId) {
        return client.get(organizationId, "Bearer " + token.getRawToken())
                .ifNoItem().after(Duration.ofSeconds(5)).fail()
                .onFailure(OrganizationClient::worthRetrying).retry().withBackOff(Duration.ofMillis(100)).atMost(2)
                .onFailure().transform(e -> new ProblemException(503, "organization-unavailable",
                        "Organization unavailable", "auth-service did not answer for the organization; try again"));
    }

    /** A 4xx will not change on a retry; timeouts, connection failures and 5xx may. */
    private static boolean worthRetrying(Throwable e) {
        return !(e instanceof WebApplicationException web) || web.getResponse().getStatus() >= 500;
    }
}
