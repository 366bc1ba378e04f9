package org.hotspot.voucher.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.common.security.Role;
import org.hotspot.common.security.ServiceToken;

/**
 * Operators as auth-service, which owns them, knows them. A slow or failing auth-service is
 * retried briefly and then reported as a 503: never taken for a yes.
 */
@ApplicationScoped
public class OperatorClient {

    private final OperatorRestClient client;
    private final String serviceToken;

    /** @param token voucher-service's own service token, the one auth-service knows it by */
    OperatorClient(@RestClient OperatorRestClient client, ServiceToken token) {
        this.client = client;
        this.serviceToken = token.value();
    }

    /** Whether the organization has an enabled operator of that name with the RESELLER role. */
    public Uni<Boolean> isReseller(String organizationId, String username) {
        return client.get(serviceToken, organizationId, username)
                .map(operator -> operator.enabled() && Role.RESELLER.name().equals(operator.role())
                        && organizationId.equals(operator.organizationId()))
                .ifNoItem().after(Duration.ofSeconds(5)).fail()
                .onFailure(OperatorClient::notFound).recoverWithItem(false)
                .onFailure(OperatorClient::worthRetrying).retry().withBackOff(Duration.ofMillis(100)).atMost(2)
                .onFailure().transform(e -> new ProblemException(503, "operators-unavailable",
                        "Operators unavailable", "auth-service did not answer about the operator; try again"));
    }

    private static boolean notFound(Throwable e) {
        return e instanceof WebApplicationException web && web.getResponse().getStatus() == 404;
    }

    /** A 4xx will not change on a retry; timeouts, connection failures and 5xx may. */
    private static boolean worthRetrying(Throwable e) {
        return !(e instanceof WebApplicationException web) || web.getResponse().getStatus() >= 500;
    }
}
