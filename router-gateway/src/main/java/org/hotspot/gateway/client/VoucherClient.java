package org.hotspot.gateway.client;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.concurrent.Coalescer;
import org.hotspot.common.security.ServiceToken;
import org.hotspot.events.voucher.AccessRequest;
import org.hotspot.events.voucher.Decision;
import org.hotspot.gateway.client.VoucherRestClient.AuthorizeRequest;
import org.hotspot.gateway.config.GatewayConfig;

/**
 * Asks voucher-service for a decision, with the service token. No retry here: a RADIUS client
 * retransmits on its own schedule, and a late answer is worse than none (the router has moved on).
 * A failure or timeout fails the Uni; the caller drops the request rather than guess.
 *
 * <p>Logins asked while earlier ones are on their way go together as one
 * {@code /internal/authorize-batch} request: under a rush of first uses, voucher-service then reads
 * and writes their vouchers in a few MongoDB commands rather than one or two per login. A lone login
 * goes at once to {@code /internal/authorize}, as before.
 */
@ApplicationScoped
public class VoucherClient {

    private final VoucherRestClient client;
    private final String serviceToken;
    private final GatewayConfig.Decisions config;
    private final Coalescer<AuthorizeRequest, Decision> decisions;
    private final DistributionSummary sizes;

    VoucherClient(@RestClient VoucherRestClient client, ServiceToken token, GatewayConfig config,
            MeterRegistry registry) {
        this.client = client;
        this.serviceToken = token.value();
        this.config = config.decisions();
        this.decisions = new Coalescer<>(this::send, this.config.decisionBatch(),
                this.config.decisionBatchesInFlight());
        this.sizes = DistributionSummary.builder("hotspot.gateway.decision.batch.size")
                .description("Logins per request for decisions sent to voucher-service")
                .register(registry);
    }

    /** The decision on one login; fails when voucher-service does not decide it within the decision timeout. */
    public Uni<Decision> authorize(String organizationId, String code, AccessRequest request) {
        return decisions.call(new AuthorizeRequest(organizationId, code,
                request.nasId(), request.site(), request.mac(), request.ip(), request.sessionId()))
                .onItem().ifNull().failWith(() -> new IllegalStateException("voucher-service left a login undecided"))
                .ifNoItem().after(config.decisionTimeout()).fail();
    }

    /**
     * One request for these logins. It is given up after the decision timeout too: by then every
     * login in it has been dropped, and a request that hangs must not hold its slot.
     */
    private Uni<List<Decision>> send(List<AuthorizeRequest> logins) {
        sizes.record(logins.size());
        Uni<List<Decision>> answer = logins.size() == 1
                ? client.authorize(serviceToken, logins.get(0)).map(Collections::singletonList)
                : client.authorizeBatch(serviceToken, new VoucherRestClient.AuthorizeBatch(logins))
                        .map(VoucherRestClient.DecisionBatch::decisions);
        return answer.ifNoItem().after(config.decisionTimeout()).fail();
    }

    /**
     * The id of the organization's voucher with this lookup key; null for none. Fails, like
     * {@link #authorize}, when voucher-service does not answer in time.
     */
    public Uni<String> voucherId(String organizationId, String lookupKey) {
        return client.voucherId(serviceToken, new VoucherRestClient.VoucherIdRequest(organizationId, lookupKey))
                .ifNoItem().after(config.decisionTimeout()).fail()
                .map(VoucherRestClient.VoucherIdentity::voucherId);
    }
}
