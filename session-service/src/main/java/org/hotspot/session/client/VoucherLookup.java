package org.hotspot.session.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.problem.ProblemException;

/**
 * A voucher's id from its code, asked of voucher-service with the caller's own token: this service
 * keeps no codes, and voucher-service applies the caller's organization and role as for any other
 * request. Its 404 is this service's 404; it being unreachable is a 503, never a 500.
 */
@ApplicationScoped
public class VoucherLookup {

    private final VoucherRestClient client;

    VoucherLookup(@RestClient VoucherRestClient client) {
        this.client = client;
    }

    public Uni<String> idOf(String bearerToken, String code) {
        return client.byCode("Bearer " + bearerToken, code)
                .ifNoItem().after(Duration.ofSeconds(5)).fail()
                .map(VoucherRestClient.VoucherRef::id)
                .onFailure().transform(VoucherLookup::problem);
    }

    private static Throwable problem(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() == 404) {
            return new ProblemException(404, "voucher-not-found", "No such voucher",
                    "No voucher of your organization has this code.");
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() == 403) {
            return new ProblemException(403, "forbidden", "Forbidden", "Your role may not look up vouchers by code.");
        }
        return new ProblemException(503, "voucher-service-unavailable", "Vouchers cannot be looked up",
                "voucher-service did not answer; try again shortly.");
    }
}
