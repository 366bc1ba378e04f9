package org.hotspot.gateway.client;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.concurrent.Coalescer;
import org.hotspot.common.security.ServiceToken;
import org.hotspot.events.voucher.AccessRequest;
import org.hotspot.events.voucher.Decision;
import org.hotspot.gateway.client.VoucherRestClient.AuthorizeRequest;
import org.hotspot.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Asks voucher-service for a decision, with the service token. No retry here: a RADIUS client
 * retransmits on its own schedule, and a late answer is worse than none (the router has moved on).
 * A failure or timeout fails the Uni; the caller drops the request rather than guess.
 *
 * <p>Logins asked while earlier ones are on their way go together as one
 * {@code /internal/authorize-batch} request: under a rush of first uses, voucher-service then reads
 * and writes their vouchers in a few MongoDB commands rather than one or two per login. A lone login
 * goes at once to {@code /internal/authorize}, as before. A voucher-service from before batches
 * (a rolling upgrade that reached router-gateway first) answers 404 there: the logins then go one
 * request each, and batches are tried again a minute later.
 */
@ApplicationScoped
public class VoucherClient {

    private static final Logger LOG = Logger.getLogger(VoucherClient.class);
    /** How long logins go one by one after voucher-service said it has no batch endpoint. */
    static final Duration BATCHES_REFUSED_FOR = Duration.ofMinutes(1);

    private final VoucherRestClient client;
    private final String serviceToken;
    private final GatewayConfig.Decisions config;
    private final Coalescer<AuthorizeRequest, Decision> decisions;
    private final DistributionSummary sizes;
    private volatile boolean batchesRefused;
    private volatile long batchesRefusedAt;

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
        Uni<List<Decision>> answer = logins.size() == 1 || batchesRefused()
                ? oneByOne(logins)
                : client.authorizeBatch(serviceToken, new VoucherRestClient.AuthorizeBatch(logins))
                        .map(VoucherRestClient.DecisionBatch::decisions)
                        .onFailure(VoucherClient::noBatchEndpoint).recoverWithUni(() -> {
                            refuseBatches();
                            return oneByOne(logins);
                        });
        return answer.ifNoItem().after(config.decisionTimeout()).fail();
    }

    /** Each login in a request of its own; one that fails is left undecided, the others are not held back. */
    private Uni<List<Decision>> oneByOne(List<AuthorizeRequest> logins) {
        if (logins.size() == 1) {
            return client.authorize(serviceToken, logins.get(0)).map(Collections::singletonList);
        }
        return Uni.join().all(logins.stream()
                .map(login -> client.authorize(serviceToken, login).onFailure().recoverWithNull())
                .toList()).andFailFast();
    }

    private static boolean noBatchEndpoint(Throwable failure) {
        return failure instanceof WebApplicationException refused && refused.getResponse().getStatus() == 404;
    }

    private void refuseBatches() {
        if (!batchesRefused) {
            LOG.warnf("voucher-service has no /internal/authorize-batch (older than this router-gateway?): "
                    + "logins go one request each for %s", BATCHES_REFUSED_FOR);
        }
        batchesRefusedAt = System.nanoTime();
        batchesRefused = true;
    }

    private boolean batchesRefused() {
        if (batchesRefused && System.nanoTime() - batchesRefusedAt > BATCHES_REFUSED_FOR.toNanos()) {
            batchesRefused = false;
        }
        return batchesRefused;
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
