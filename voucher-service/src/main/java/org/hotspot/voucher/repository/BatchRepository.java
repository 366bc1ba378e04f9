package org.hotspot.voucher.repository;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.hotspot.common.mongo.OrganizationScoped;
import org.hotspot.voucher.Batch;
import org.hotspot.voucher.BatchState;

/** Batches, always read within one organization: another organization's batch looks absent. */
@ApplicationScoped
public class BatchRepository implements OrganizationScoped<Batch, String> {

    /** The organization's batches, newest first; a reseller's own only when {@code createdBy} is given. */
    public Uni<List<Batch>> listByOrganization(String organizationId, String createdBy, int page, int size) {
        String query = createdBy == null ? "organizationId = ?1" : "organizationId = ?1 and createdBy = ?2";
        Object[] parameters =
                createdBy == null ? new Object[] {organizationId} : new Object[] {organizationId, createdBy};
        return find(query, Sort.descending("createdAt"), parameters).page(page, size).list();
    }

    public Uni<Void> progress(String id, int done) {
        return update(Filters.eq("_id", id), Updates.combine(Updates.set("done", done),
                Updates.set("heartbeatAt", Instant.now())));
    }

    public Uni<Void> finish(String id, BatchState state, String failure) {
        return update(Filters.eq("_id", id), Updates.combine(Updates.set("state", state.name()),
                Updates.set("failure", failure), Updates.set("finishedAt", Instant.now())));
    }

    /** Batches still generating whose heartbeat stopped before {@code before}. */
    public Uni<List<Batch>> abandoned(Instant before) {
        return mongoCollection().find(Filters.and(Filters.eq("state", BatchState.GENERATING.name()),
                Filters.lt("heartbeatAt", before)), new FindOptions().limit(100))
                .collect().asList();
    }

    /** Marks an abandoned batch FAILED unless its heartbeat moved meanwhile; whether it did. */
    public Uni<Boolean> failIfStill(String id, Instant heartbeatAt, String failure) {
        return mongoCollection().updateOne(Filters.and(Filters.eq("_id", id),
                Filters.eq("state", BatchState.GENERATING.name()), Filters.eq("heartbeatAt", heartbeatAt)),
                Updates.combine(Updates.set("state", BatchState.FAILED.name()), Updates.set("failure", failure),
                        Updates.set("finishedAt", Instant.now())))
                .map(result -> result.getModifiedCount() > 0);
    }

    private Uni<Void> update(Bson filter, Bson update) {
        return mongoCollection().updateOne(filter, update).replaceWithVoid();
    }

    @Override
    public String organizationOf(Batch batch) {
        return batch.organizationId;
    }

    /** The sales report reads an organization's batches by creation time: one index keeps it off the others. */
    void createSalesIndex(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("organizationId", "createdAt"))
                .await().atMost(Duration.ofSeconds(30));
    }

    /**
     * Sales over {@code [from, to)}: the organization's batches made in the range that did not fail
     * (a failed batch is refunded), summed by {@code field} ({@code createdBy} or {@code profileId})
     * and currency, with whether a reseller paid, in key order. Only the reseller's own when
     * {@code createdBy} is given. One document per key, seller kind and currency comes back: as many
     * as there are sellers or plans, never one per batch.
     */
    public Uni<List<Document>> sales(String organizationId, String createdBy, Instant from, Instant to,
            String field) {
        List<Bson> conditions = new ArrayList<>(List.of(Filters.eq("organizationId", organizationId),
                Filters.gte("createdAt", Date.from(from)), Filters.lt("createdAt", Date.from(to)),
                Filters.ne("state", BatchState.FAILED.name())));
        if (createdBy != null) {
            conditions.add(Filters.eq("createdBy", createdBy));
        }
        Document key = new Document("key", "$" + field).append("resellerBatch", "$resellerBatch")
                .append("currency", "$currency");
        return mongoCollection().aggregate(List.of(
                Aggregates.match(Filters.and(conditions)),
                Aggregates.group(key,
                        Accumulators.sum("batches", 1),
                        Accumulators.sum("vouchers", "$count"),
                        Accumulators.sum("charged", "$charged"),
                        Accumulators.first("profileName", "$profileName")),
                Aggregates.sort(Sorts.ascending("_id.key", "_id.currency"))),
                Document.class).collect().asList();
    }
}
