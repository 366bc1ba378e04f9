package org.hotspot.portal.dashboard.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which service owns an {@code /api} path: the first path segment after {@code /api} names the
 * collection, and each collection has one owner. Anything else is no one's (404).
 */
@ApplicationScoped
public class ApiBackends {

    private final Map<String, URI> owners = new LinkedHashMap<>();

    public ApiBackends(@ConfigProperty(name = "hotspot.auth-url") URI auth,
            @ConfigProperty(name = "hotspot.voucher-service-url") URI vouchers,
            @ConfigProperty(name = "hotspot.session-service-url") URI sessions,
            @ConfigProperty(name = "hotspot.router-gateway-url") URI gateway) {
        for (String collection : new String[] {"auth", "organizations", "operators", "audit"}) {
            owners.put(collection, auth);
        }
        for (String collection : new String[] {"batches", "profiles", "resellers", "vouchers"}) {
            owners.put(collection, vouchers);
        }
        owners.put("sessions", sessions);
        owners.put("usage", sessions);
        owners.put("routers", gateway);
    }

    /** The base URL of the service owning {@code path} ({@code /api/profiles/42}), or empty. */
    public Optional<URI> owner(String path) {
        if (path == null || !path.startsWith("/api/")) {
            return Optional.empty();
        }
        String rest = path.substring("/api/".length());
        int slash = rest.indexOf('/');
        String collection = slash < 0 ? rest : rest.substring(0, slash);
        return Optional.ofNullable(owners.get(collection));
    }
}
