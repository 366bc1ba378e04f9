package org.hotspot.portal.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.security.ServiceToken;
import org.hotspot.portal.config.PortalConfig;

/** voucher-service, as the portal asks it about cards, codes and vouchers' status. */
@ApplicationScoped
public class VoucherClient {

    private static final String BACKEND = "voucher-service";
    /** When voucher-service gives no usable Retry-After. */
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofMinutes(1);

    private final VoucherRestClient client;
    private final String serviceToken;
    private final PortalConfig config;

    VoucherClient(@RestClient VoucherRestClient client, ServiceToken token, PortalConfig config) {
        this.client = client;
        this.serviceToken = token.value();
        this.config = config;
    }

    /** A card's QR token: valid, revoked (410) or not valid (404). */
    public Uni<QrLookup> qr(String token) {
        Uni<QrLookup> revokedAsValue = client.qr(serviceToken, token)
                .map(voucher -> new QrLookup(QrLookup.Outcome.VALID, voucher))
                .onFailure(failure -> Calls.status(failure) == 410)
                .recoverWithItem(new QrLookup(QrLookup.Outcome.REVOKED, null));
        return Calls.read(BACKEND, revokedAsValue, config)
                .map(found -> found.orElse(new QrLookup(QrLookup.Outcome.NOT_VALID, null)));
    }

    /**
     * Whether the code would log in, before the router is asked. Not retried: every call counts
     * against the device's and the address's attempts.
     */
    public Uni<Precheck> precheck(String organizationId, String code, String mac, String clientAddress) {
        return client.precheck(serviceToken, new VoucherRestClient.PrecheckRequest(organizationId, code, mac,
                clientAddress))
                .ifNoItem().after(config.callTimeout()).fail()
                .map(answer -> new Precheck(answer.outcome(), answer.statusToken(), null))
                .onFailure(failure -> Calls.status(failure) == 429).recoverWithItem(VoucherClient::tooManyAttempts)
                .onFailure(failure -> !(failure instanceof BackendUnavailable))
                .transform(failure -> new BackendUnavailable(BACKEND, failure));
    }

    /** The voucher a status token names; empty for a forged or expired token. */
    public Uni<Optional<VoucherStatus>> status(String statusToken) {
        return Calls.read(BACKEND, client.status(serviceToken, statusToken), config);
    }

    private static Precheck tooManyAttempts(Throwable failure) {
        Duration retryAfter = DEFAULT_RETRY_AFTER;
        if (failure instanceof WebApplicationException http) {
            String header = http.getResponse().getHeaderString("Retry-After");
            try {
                retryAfter =
                        header == null ? retryAfter : Duration.ofSeconds(Math.max(1, Long.parseLong(header.trim())));
            } catch (NumberFormatException e) {
                // An HTTP date or garbage: the default is as good a hint.
            }
        }
        return new Precheck(Precheck.TOO_MANY_ATTEMPTS, null, retryAfter);
    }
}
