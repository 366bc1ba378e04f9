package org.hotspot.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hotspot.gateway.GatewayProblems;
import org.hotspot.gateway.Router;
import org.hotspot.gateway.repository.RouterRepository;

/**
 * What the captive portal needs to know of routers, outside any operator's request: which router a
 * login page came from, and where an organization's hotspots are, so the portal posts a code only to
 * that router's own address or hotspot DNS name.
 */
@ApplicationScoped
public class HotspotDirectory {

    private final RouterRepository routers;

    public HotspotDirectory(RouterRepository routers) {
        this.routers = routers;
    }

    /** The router by id, of any organization: the id comes from its own login page. */
    public Uni<Router> router(String id) {
        return routers.findById(id)
                .onItem().ifNull().failWith(() -> GatewayProblems.notFound("router", id));
    }

    /** The organization's routers that have a hotspot DNS name, by name. */
    public Uni<List<Router>> hotspots(String organizationId) {
        return routers.listByOrganization(organizationId)
                .map(found -> found.stream().filter(router -> router.hotspotDnsName != null).toList());
    }
}
