package org.hotspot.voucher.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.hotspot.voucher.Refund;
import org.hotspot.voucher.Reseller;

/** Refunds owed to resellers, and giving one exactly once. */
@ApplicationScoped
public class RefundRepository implements ReactivePanacheMongoRepositoryBase<Refund, String> {

    private final ResellerRepository resellers;

    public RefundRepository(ResellerRepository resellers) {
        this.resellers = resellers;
    }

    /** Records the refund as owed; recording it again (a retried failure) changes nothing. */
    public Uni<Void> owe(Refund refund) {
        return mongoCollection().updateOne(Filters.eq("_id", refund.batchId),
                Updates.combine(Updates.setOnInsert("organizationId", refund.organizationId),
                        Updates.setOnInsert("reseller", refund.reseller),
                        Updates.setOnInsert("units", refund.units),
                        Updates.setOnInsert("currency", refund.currency),
                        Updates.setOnInsert("attempts", 0),
                        Updates.setOnInsert("nextAttemptAt", refund.nextAttemptAt),
                        Updates.setOnInsert("createdAt", refund.createdAt)),
                new UpdateOptions().upsert(true))
                .replaceWithVoid();
    }

    /**
     * Adds the refund to the reseller's credit unless this batch was refunded already, in one
     * atomic update: a retry after a crash between giving and forgetting the refund gives nothing.
     * Only to credit in the refund's currency; when the reseller's credit is in another one now the
     * refund fails and stays owed (dinars given as dollars would be a gift or a theft).
     */
    public Uni<Void> give(Refund refund) {
        String id = Reseller.idOf(refund.organizationId, refund.reseller);
        return resellers.mongoCollection().updateOne(
                Filters.and(Filters.eq("_id", id),
                        Filters.eq("currency", refund.currency),
                        Filters.ne("refundedBatches", refund.batchId)),
                Updates.combine(Updates.inc("creditUnits", refund.units),
                        Updates.push("refundedBatches", refund.batchId),
                        Updates.set("updatedAt", Instant.now())))
                .chain(result -> result.getMatchedCount() > 0 ? Uni.createFrom().voidItem() : givenBefore(id, refund));
    }

    /** Nothing matched: fine if the batch was refunded already, otherwise the reseller or currency is not there. */
    private Uni<Void> givenBefore(String resellerId, Refund refund) {
        return resellers.mongoCollection().countDocuments(Filters.and(Filters.eq("_id", resellerId),
                Filters.eq("refundedBatches", refund.batchId)))
                .invoke(given -> {
                    if (given == 0) {
                        throw new IllegalStateException("no reseller " + refund.reseller + " with credit in "
                                + refund.currency);
                    }
                })
                .replaceWithVoid();
    }

    public Uni<Void> forget(String batchId) {
        return mongoCollection().deleteOne(Filters.eq("_id", batchId)).replaceWithVoid();
    }

    public Uni<Void> postpone(String batchId, int attempts, Instant next, String failure) {
        return mongoCollection().updateOne(Filters.eq("_id", batchId), Updates.combine(
                Updates.set("attempts", attempts),
                Updates.set("nextAttemptAt", next),
                Updates.set("lastFailure", failure)))
                .replaceWithVoid();
    }

    public Uni<List<Refund>> due(Instant now, int limit) {
        return mongoCollection().find(Filters.lte("nextAttemptAt", now), new FindOptions().limit(limit))
                .collect().asList();
    }
}
