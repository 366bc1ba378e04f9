package org.hotspot.voucher.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
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
}
