package org.hotspot.session.usage;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Date;
import org.bson.conversions.Bson;
import org.hotspot.session.UsageDelta;

/**
 * Adds samples to roll-up buckets, each exactly once, without transactions. One atomic upsert adds
 * the delta and marks the session's sequence in the bucket ({@code seen.<hash>}), on the condition
 * that the mark is absent or older. When the condition fails on an existing bucket, the upsert tries
 * to insert a second document with the same {@code _id} and is refused as a duplicate: the delta was
 * applied before (a redelivery), or a newer one of the session was.
 */
@ApplicationScoped
class RollupStore {

    private final UsageCollections collections;

    RollupStore(UsageCollections collections) {
        this.collections = collections;
    }

    /** Adds the delta to its bucket of this dimension and interval; false when the bucket had it already. */
    Uni<Boolean> add(UsageDelta delta, Dimension dimension, Interval interval) {
        String key = dimension.keyOf(delta);
        SessionHash session = SessionHash.of(delta.sessionKey());
        Instant bucket = interval.bucketStart(delta.at());
        String mark = "seen." + session.field();
        Bson filter = Filters.and(
                Filters.eq("_id", id(delta.organizationId(), dimension, key, interval, bucket, session.shard())),
                Filters.not(Filters.gte(mark, delta.sequence())));
        Bson update = Updates.combine(
                Updates.setOnInsert("organizationId", delta.organizationId()),
                Updates.setOnInsert("dimension", dimension.apiName()),
                Updates.setOnInsert("key", key),
                Updates.setOnInsert("interval", interval.apiName()),
                Updates.setOnInsert("bucketStart", Date.from(bucket)),
                Updates.setOnInsert("shard", session.shard()),
                Updates.inc("bytesIn", delta.bytesIn()),
                Updates.inc("bytesOut", delta.bytesOut()),
                Updates.inc("seconds", delta.seconds()),
                Updates.inc("samples", 1L),
                Updates.set(mark, delta.sequence()));
        return collections.rollups().updateOne(filter, update, new UpdateOptions().upsert(true))
                .map(result -> true)
                .onFailure(MongoErrors::isDuplicateKey).recoverWithUni(() -> updateExisting(filter, update));
    }

    /**
     * A duplicate key can also mean another session created the bucket between our read of it and
     * our insert. The bucket exists now, so the plain conditional update decides: it matches only
     * if this delta is still new to the bucket.
     */
    private Uni<Boolean> updateExisting(Bson filter, Bson update) {
        return collections.rollups().updateOne(filter, update)
                .map(result -> result.getMatchedCount() > 0);
    }

    /**
     * The bucket document's id. Organization and key are length-prefixed so that no key, whatever
     * characters it holds, can make two buckets share an id.
     */
    static String id(String organizationId, Dimension dimension, String key, Interval interval, Instant bucket,
            int shard) {
        return organizationId.length() + ":" + organizationId + "|" + dimension.apiName() + "|" + key.length() + ":"
                + key + "|" + interval.apiName() + "|" + bucket.getEpochSecond() + "|" + shard;
    }
}
