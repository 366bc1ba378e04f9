package org.hotspot.auth.repository;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.hotspot.auth.Operator;

@ApplicationScoped
public class OperatorRepository implements ReactivePanacheMongoRepositoryBase<Operator, String> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("username"), new IndexOptions().unique(true))
                .chain(() -> mongoCollection().createIndex(Indexes.ascending("organizationId", "username")))
                .await().atMost(Duration.ofSeconds(30));
    }

    public Uni<Operator> findByUsername(String username) {
        return find("username", username).firstResult();
    }

    /** The operator if it belongs to the organization; null otherwise, so other tenants' ids look absent. */
    public Uni<Operator> findInOrganization(String organizationId, String id) {
        return find("_id = ?1 and organizationId = ?2", id, organizationId).firstResult();
    }

    public Uni<List<Operator>> listByOrganization(String organizationId) {
        return find("organizationId", io.quarkus.panache.common.Sort.ascending("username"), organizationId).list();
    }
}
