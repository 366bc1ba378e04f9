package org.hotspot.portal.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.security.ServiceToken;
import org.hotspot.portal.config.PortalConfig;

/** Routers as router-gateway knows them. */
@ApplicationScoped
public class RouterDirectory {

    private static final String BACKEND = "router-gateway";

    private final GatewayRestClient client;
    private final String serviceToken;
    private final PortalConfig config;

    RouterDirectory(@RestClient GatewayRestClient client, ServiceToken token, PortalConfig config) {
        this.client = client;
        this.serviceToken = token.value();
        this.config = config;
    }

    /** The router, empty when router-gateway knows no router of that id. */
    public Uni<Optional<RouterPortal>> router(String id) {
        return Calls.read(BACKEND, client.router(serviceToken, id), config);
    }

    /** The organization's routers that have a hotspot DNS name; none when it has none. */
    public Uni<List<Hotspot>> hotspots(String organizationId) {
        return Calls.read(BACKEND, client.hotspots(serviceToken, organizationId), config)
                .map(found -> found.orElse(List.of()));
    }
}
