package org.hotspot.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.security.ServiceToken;
import org.jboss.logging.Logger;

/**
 * Organizations' languages, for Reply-Messages, kept in memory for ten minutes. When auth-service
 * cannot be asked, the last known language is used, else English: a reject in the wrong language
 * is better than no reject.
 */
@ApplicationScoped
public class OrganizationDirectory {

    private static final Logger LOG = Logger.getLogger(OrganizationDirectory.class);
    private static final Duration FRESH = Duration.ofMinutes(10);
    private static final String FALLBACK = "en";

    private record Entry(String language, Instant fetched) {
    }

    private final AuthRestClient client;
    private final String serviceToken;
    private final Map<String, Entry> languages = new ConcurrentHashMap<>();

    OrganizationDirectory(@RestClient AuthRestClient client, ServiceToken token) {
        this.client = client;
        this.serviceToken = token.value();
    }

    /** The organization's language: from memory when fresh, else from auth-service (at most two seconds). */
    public Uni<String> language(String organizationId) {
        Entry known = languages.get(organizationId);
        if (known != null && known.fetched().plus(FRESH).isAfter(Instant.now())) {
            return Uni.createFrom().item(known.language());
        }
        return client.organization(serviceToken, organizationId)
                .ifNoItem().after(Duration.ofSeconds(2)).fail()
                .map(profile -> profile.language() == null ? FALLBACK : profile.language())
                .invoke(language -> languages.put(organizationId, new Entry(language, Instant.now())))
                .onFailure().recoverWithItem(e -> {
                    LOG.debugf("Language of organization %s unknown (%s); using %s", organizationId, e.getMessage(),
                            known == null ? FALLBACK : known.language());
                    return known == null ? FALLBACK : known.language();
                });
    }
}
