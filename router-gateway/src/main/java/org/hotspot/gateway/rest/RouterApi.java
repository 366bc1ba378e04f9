package org.hotspot.gateway.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import org.hotspot.common.validation.PlainText;
import org.hotspot.gateway.Router;
import org.hotspot.gateway.RouterMode;
import org.hotspot.gateway.RouterStatus;
import org.hotspot.gateway.service.RouterService;

/** The records of the router endpoints (docs/services/router-gateway.md). Secrets go in; they never come out. */
public final class RouterApi {

    /** IPv4 dotted quad or an IPv6 address in any of its textual forms. */
    static final String IP =
            "((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*";

    /**
     * A host name (letters, digits, hyphens, dot-separated labels) or an IPv4 address, with an optional
     * {@code :port}: where the hotspot's browsers reach its login page. Empty clears it, as an edit form sends.
     */
    static final String HOST_AND_PORT =
            "|[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
                    + "(:([1-9]\\d{0,3}|[1-5]\\d{4}|6[0-4]\\d{3}|65[0-4]\\d{2}|655[0-2]\\d|6553[0-5]))?";

    private RouterApi() {
    }

    /**
     * A router to register or update. On an update, an absent {@code radiusSecret} or
     * {@code apiPassword} keeps the stored one, so an edit form need not know it.
     *
     * @param radiusSecret the RADIUS shared secret, 8 to 128 characters (MikroTik accepts longer ones; short ones are guessable offline)
     */
    public record RouterRequest(
            @NotBlank @Size(max = 80) @PlainText String name,
            @Size(max = 64) @PlainText String site,
            @Size(max = 253) @PlainText String nasIdentifier,
            @NotBlank @Pattern(regexp = IP, message = "an IPv4 or IPv6 address") String nasIp,
            @Size(min = 8, max = 128) String radiusSecret,
            Boolean requireMessageAuthenticator,
            @Min(1) @Max(65535) Integer coaPort,
            @Size(max = 253) String apiHost,
            @Min(1) @Max(65535) Integer apiPort,
            Boolean apiTls,
            @Size(max = 64) @PlainText String apiUsername,
            @Size(max = 128) String apiPassword,
            RouterMode mode,
            @Size(max = 64) String backupRouterId,
            @Size(max = 253) @Pattern(regexp = HOST_AND_PORT,
                    message = "a host name or IPv4 address, with an optional :port") String hotspotDnsName)
            implements
                RouterService.Fields {

        @Override
        public String radiusSecretOrNull() {
            return radiusSecret;
        }

        @Override
        public String apiPasswordOrNull() {
            return apiPassword == null || apiPassword.isEmpty() ? null : apiPassword;
        }

        @Override
        public void applyTo(Router router) {
            router.name = name.trim();
            router.site = site;
            router.nasIdentifier = nasIdentifier == null || nasIdentifier.isBlank() ? null : nasIdentifier;
            router.nasIp = nasIp;
            router.requireMessageAuthenticator = !Boolean.FALSE.equals(requireMessageAuthenticator);
            router.coaPort = coaPort == null ? 3799 : coaPort;
            router.apiHost = apiHost;
            router.apiPort = apiPort;
            router.apiTls = Boolean.TRUE.equals(apiTls);
            router.apiUsername = apiUsername;
            router.mode = mode == null ? RouterMode.RADIUS : mode;
            router.backupRouterId = backupRouterId;
            // Host names are case-insensitive: stored lower case, the portal compares them as they are.
            router.hotspotDnsName = hotspotDnsName == null || hotspotDnsName.isEmpty() ? null
                    : hotspotDnsName.toLowerCase(Locale.ROOT);
        }
    }

    /** A router as operators see it: whether its secrets are set, never their values. */
    public record RouterView(String id, String name, String site, String nasIdentifier, String nasIp,
            boolean radiusSecretSet, boolean requireMessageAuthenticator, int coaPort, String apiHost, Integer apiPort,
            boolean apiTls, String apiUsername, boolean apiPasswordSet, RouterMode mode, String backupRouterId,
            String hotspotDnsName, RouterStatus status, Instant lastSeen, Instant createdAt, Instant updatedAt) {

        static RouterView of(Router r) {
            return new RouterView(r.id, r.name, r.site, r.nasIdentifier, r.nasIp, r.sealedRadiusSecret != null,
                    r.requireMessageAuthenticator, r.coaPort, r.apiHost, r.apiPort, r.apiTls, r.apiUsername,
                    r.sealedApiPassword != null, r.mode, r.backupRouterId, r.hotspotDnsName, r.status, r.lastSeen,
                    r.createdAt, r.updatedAt);
        }
    }
}
