package org.hotspot.auth.repository;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.bson.conversions.Bson;
import org.hotspot.auth.Operator;
import org.hotspot.common.mongo.OrganizationScoped;

@ApplicationScoped
public class OperatorRepository implements OrganizationScoped<Operator, String> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("username"), new IndexOptions().unique(true))
                .chain(() -> mongoCollection().createIndex(Indexes.ascending("organizationId", "username")))
                .await().atMost(Duration.ofSeconds(30));
    }

    public Uni<List<Operator>> listByOrganization(String organizationId) {
        return findByOrganization(organizationId, Sort.ascending("username")).list();
    }

    /**
     * Sets fields of one operator in a single atomic update, so a concurrent change to other fields
     * is never overwritten with a stale copy; the operator after the update, or null when the
     * guard did not match.
     */
    public Uni<Operator> updateFields(Bson guard, Bson... changes) {
        return setFieldsWhere(guard, List.of(changes));
    }

    public Uni<Operator> findByUsername(String username) {
        return find("username", username).firstResult();
    }

    @Override
    public String organizationOf(Operator operator) {
        return operator.organizationId;
    }
}
