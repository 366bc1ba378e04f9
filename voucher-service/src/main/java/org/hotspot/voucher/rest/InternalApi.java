package org.hotspot.voucher.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.hotspot.events.voucher.Decision;

/** The records of the service-to-service endpoints. */
public final class InternalApi {

    private InternalApi() {
    }

    /**
     * What router-gateway knows when a router asks: the router's organization, the code as the
     * customer entered it (User-Name), and the request's NAS, site, device and session.
     */
    public record AuthorizeRequest(
            @NotBlank @Size(max = 64) String organizationId,
            @NotBlank @Size(max = 64) String code,
            @Size(max = 128) String nasId,
            @Size(max = 64) String site,
            @Size(max = 64) String mac,
            @Size(max = 64) String ip,
            @Size(max = 128) String sessionId) {
    }

    /**
     * The body of {@code POST /internal/authorize-batch}: the logins router-gateway asks about at
     * once, each as it would ask alone.
     */
    public record AuthorizeBatch(@NotNull @Size(max = MAX_BATCH) List<AuthorizeRequest> requests) {
    }

    /**
     * Its answer, one decision per request in the same order; null for a request that could not be
     * decided (what alone would have been an error status: router-gateway drops that login).
     */
    public record DecisionBatch(List<Decision> decisions) {
    }

    /** The most logins one batch asks about. */
    public static final int MAX_BATCH = 256;

    /** What a QR token opens to, for the portal to log the customer in with. */
    public record QrResolution(String organizationId, String voucherId, String code) {
    }

    /** A voucher named by its lookup key ({@code CodeLookup#lookupKey}) within an organization. */
    public record VoucherIdRequest(
            @NotBlank @Size(max = 64) String organizationId,
            @NotBlank @Size(max = 128) String lookupKey) {
    }

    /** The voucher's id; null for none. */
    public record VoucherIdentity(String voucherId) {
    }

    /**
     * A code the customer typed at the portal, with what the portal knows of the device: the router's
     * MAC for it (none when the portal has none) and the address it came from.
     */
    public record PrecheckRequest(
            @NotBlank @Size(max = 64) String organizationId,
            @NotBlank @Size(max = 64) String code,
            @Size(max = 64) String mac,
            @NotBlank @Size(max = 64) String clientAddress) {
    }

    /** {@code ok} or the reject reason's wire form; the status token only with {@code ok}. */
    public record PrecheckAnswer(String outcome, String statusToken) {
    }

    /** What is left of a voucher; null for unlimited or not set. */
    public record VoucherStatus(String voucherId, String organizationId, String state, String profileName,
            Long timeLeftSeconds, Long bytesLeft, Instant validUntil) {
    }
}
