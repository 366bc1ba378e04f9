package org.hotspot.auth.repository;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.util.ArrayList;
import org.bson.conversions.Bson;
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

    /**
     * Sets fields of one operator in a single atomic update, so a concurrent change to other fields
     * is never overwritten with a stale copy; the operator after the update, or null when the
     * guard did not match.
     */
    public Uni<Operator> updateFields(Bson guard, Bson... changes) {
        List<Bson> all = new ArrayList<>(List.of(changes));
        all.add(Updates.set("updatedAt", Instant.now()));
        return mongoCollection().findOneAndUpdate(guard, Updates.combine(all),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    public Uni<Operator> findByUsername(String username) {
        return find("username", username).firstResult();
    }

    /** The operator if it belongs to the organization; null otherwise, so other tenants' ids look absent. */
    public Uni<Operator> findInOrganization(String organizationId, String id) {
        return find("_id = ?1 and organizationId = ?2", id, organizationId).firstResult();
    }

    public Uni<List<Operator>> listByOrganization(String organizationId) {
        return find("organizationId", Sort.ascending("username"), organizationId).list();
    }
}
