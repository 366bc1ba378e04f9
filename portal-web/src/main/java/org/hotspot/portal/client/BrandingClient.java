package org.hotspot.portal.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.security.ServiceToken;
import org.hotspot.portal.config.PortalConfig;
import org.jboss.logging.Logger;

/**
 * Organizations' branding, kept in memory for a minute: every page, its theme and its logo need it,
 * and a phone loads all three at once. When auth-service cannot be asked, the last one known is
 * used, else none: a page without the logo is better than no page.
 */
@ApplicationScoped
public class BrandingClient {

    private static final Logger LOG = Logger.getLogger(BrandingClient.class);
    private static final String BACKEND = "auth-service";
    private static final Duration FRESH = Duration.ofMinutes(1);
    /** Far more organizations than a platform has; a bound all the same, since ids come from URLs. */
    private static final int MAX_KNOWN = 10_000;

    private record Entry(Optional<Branding> branding, Instant fetched) {
    }

    private final AuthRestClient client;
    private final String serviceToken;
    private final PortalConfig config;
    private final Map<String, Entry> known = new ConcurrentHashMap<>();

    BrandingClient(@RestClient AuthRestClient client, ServiceToken token, PortalConfig config) {
        this.client = client;
        this.serviceToken = token.value();
        this.config = config;
    }

    /** The organization's branding; empty when it has none, or auth-service cannot say and never could. */
    public Uni<Optional<Branding>> branding(String organizationId) {
        Entry entry = known.get(organizationId);
        if (entry != null && entry.fetched().plus(FRESH).isAfter(Instant.now())) {
            return Uni.createFrom().item(entry.branding());
        }
        return Calls.read(BACKEND, client.branding(serviceToken, organizationId), config)
                .invoke(branding -> remember(organizationId, branding))
                .onFailure(BackendUnavailable.class).recoverWithItem(failure -> {
                    LOG.debugf("Branding of organization %s unavailable (%s)", organizationId, failure.getMessage());
                    return entry == null ? Optional.empty() : entry.branding();
                });
    }

    /**
     * Only organizations that exist are kept: the theme and logo URLs take any id, and remembering
     * each unknown one would let a loop of made-up ids fill the memory.
     */
    private void remember(String organizationId, Optional<Branding> branding) {
        if (branding.isEmpty()) {
            known.remove(organizationId);
            return;
        }
        if (known.size() >= MAX_KNOWN) {
            known.clear();
        }
        known.put(organizationId, new Entry(branding, Instant.now()));
    }
}
