package org.hotspot.gateway.repository;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.hotspot.common.mongo.OrganizationScoped;
import org.hotspot.gateway.Router;

/** Routers. Operators' reads are scoped to their organization; RADIUS matching reads by address across all. */
@ApplicationScoped
public class RouterRepository implements OrganizationScoped<Router, String> {

    void createIndexes(@Observes StartupEvent start) {
        Uni.join().all(
                mongoCollection().createIndex(Indexes.ascending("addressKey"), new IndexOptions().unique(true)),
                mongoCollection().createIndex(Indexes.ascending("nasIp")),
                mongoCollection().createIndex(Indexes.ascending("organizationId", "name")))
                .andFailFast()
                .await().atMost(Duration.ofSeconds(30));
    }

    public Uni<List<Router>> listByOrganization(String organizationId) {
        return findByOrganization(organizationId, Sort.ascending("name")).list();
    }

    /** Every router registered with this source address, of any organization. */
    public Uni<List<Router>> findByAddress(String nasIp) {
        return list("nasIp", nasIp);
    }

    @Override
    public String organizationOf(Router router) {
        return router.organizationId;
    }
}
