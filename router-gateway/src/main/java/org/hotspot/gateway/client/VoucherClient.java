package org.hotspot.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.security.ServiceToken;
import org.hotspot.events.voucher.AccessRequest;
import org.hotspot.events.voucher.Decision;
import org.hotspot.gateway.config.GatewayConfig;

/**
 * Asks voucher-service for a decision, with the service token. No retry here: a RADIUS client
 * retransmits on its own schedule, and a late answer is worse than none (the router has moved on).
 * A failure or timeout fails the Uni; the caller drops the request rather than guess.
 */
@ApplicationScoped
public class VoucherClient {

    private final VoucherRestClient client;
    private final String serviceToken;
    private final GatewayConfig.Decisions config;

    VoucherClient(@RestClient VoucherRestClient client, ServiceToken token, GatewayConfig config) {
        this.client = client;
        this.serviceToken = token.value();
        this.config = config.decisions();
    }

    public Uni<Decision> authorize(String organizationId, String code, AccessRequest request) {
        return client.authorize(serviceToken, new VoucherRestClient.AuthorizeRequest(organizationId, code,
                request.nasId(), request.site(), request.mac(), request.ip(), request.sessionId()))
                .ifNoItem().after(config.decisionTimeout()).fail();
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
