package org.hotspot.gateway.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;
import org.hotspot.gateway.Router;

/** Routers. Operators' reads are scoped to their organization; RADIUS matching reads by address across all. */
@ApplicationScoped
public class RouterRepository implements ReactivePanacheMongoRepositoryBase<Router, String> {

    void createIndexes(@Observes StartupEvent start) {
        Uni.join().all(
                        mongoCollection().createIndex(Indexes.ascending("addressKey"), new IndexOptions().unique(true)),
                        mongoCollection().createIndex(Indexes.ascending("nasIp")),
                        mongoCollection().createIndex(Indexes.ascending("organizationId", "name")))
                .andFailFast()
                .await().atMost(Duration.ofSeconds(30));
    }

    public Uni<Router> findInOrganization(String organizationId, String id) {
        return find("_id = ?1 and organizationId = ?2", id, organizationId).firstResult();
    }

    public Uni<List<Router>> listByOrganization(String organizationId) {
        return find("organizationId", Sort.ascending("name"), organizationId).list();
    }

    /** Every router registered with this source address, of any organization. */
    public Uni<List<Router>> findByAddress(String nasIp) {
        return list("nasIp", nasIp);
    }

    /** Sets fields of one router of the organization atomically; the router after, or null when not there. */
    public Uni<Router> setFields(String organizationId, String id, List<Bson> changes) {
        List<Bson> all = new ArrayList<>(changes);
        all.add(Updates.set("updatedAt", Instant.now()));
        return mongoCollection().findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.eq("organizationId", organizationId)),
                Updates.combine(all), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    public Uni<Boolean> deleteInOrganization(String organizationId, String id) {
        return delete("_id = ?1 and organizationId = ?2", id, organizationId).map(count -> count > 0);
    }
}
