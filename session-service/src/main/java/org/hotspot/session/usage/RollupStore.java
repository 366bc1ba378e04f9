package org.hotspot.session.usage;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.hotspot.session.UsageDelta;
import org.hotspot.session.repository.MongoErrors;

/**
 * Adds samples to roll-up buckets, each exactly once, without transactions. One atomic upsert adds
 * the delta and marks the session's sequence in the bucket ({@code seen.<hash>}), on the condition
 * that the mark is absent or older. When the condition fails on an existing bucket, the upsert tries
 * to insert a second document with the same {@code _id} and is refused as a duplicate: the delta was
 * applied before (a redelivery), or a newer one of the session was. A batch sends one such upsert
 * per bucket document ({@link BucketWrite}) in one bulk write, and only a refused one goes delta by
 * delta.
 */
@ApplicationScoped
class RollupStore {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final UsageCollections collections;

    RollupStore(UsageCollections collections) {
        this.collections = collections;
    }

    /**
     * Adds the deltas (each session's in sequence order) to every bucket they belong to; one result
     * per delta and bucket, false where the bucket had it already.
     */
    Uni<List<Boolean>> addAll(List<UsageDelta> deltas) {
        List<BucketWrite> writes = writes(deltas);
        List<BucketWrite> together = writes.stream().filter(write -> !write.collided()).toList();
        List<BucketWrite> apart = writes.stream().filter(BucketWrite::collided).toList();
        return upsert(together)
                .chain(refused -> oneByOne(concat(refused, apart)))
                .map(skipped -> results(writes, skipped));
    }

    /** Adds the delta to its bucket of this dimension and interval; false when the bucket had it already. */
    Uni<Boolean> add(UsageDelta delta, Dimension dimension, Interval interval) {
        BucketWrite write = BucketWrite.of(delta, dimension, interval);
        return collections.rollups().updateOne(write.filter(), write.update(), UPSERT)
                .map(result -> true)
                .onFailure(MongoErrors::isDuplicateKey).recoverWithUni(() -> updateExisting(write.filter(),
                        write.update()));
    }

    private static List<BucketWrite> writes(List<UsageDelta> deltas) {
        Map<String, BucketWrite> writes = new LinkedHashMap<>();
        Map<String, SessionHash> hashes = new HashMap<>();
        for (UsageDelta delta : deltas) {
            SessionHash session = hashes.computeIfAbsent(delta.sessionKey(), SessionHash::of);
            for (Dimension dimension : Dimension.values()) {
                if (dimension.keyOf(delta) == null) {
                    continue;
                }
                for (Interval interval : Interval.values()) {
                    BucketWrite.collect(writes, delta, session, dimension, interval);
                }
            }
        }
        return new ArrayList<>(writes.values());
    }

    /** One upsert per bucket document; the writes refused as duplicates, to go delta by delta. */
    private Uni<List<BucketWrite>> upsert(List<BucketWrite> writes) {
        if (writes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<WriteModel<Document>> upserts = new ArrayList<>();
        writes.forEach(write -> upserts.add(new UpdateOneModel<>(write.filter(), write.update(), UPSERT)));
        return collections.rollups().bulkWrite(upserts, new BulkWriteOptions().ordered(false))
                .map(result -> List.<BucketWrite>of())
                .onFailure(MongoErrors::onlyDuplicateKeys)
                .recoverWithItem(e -> refused(writes, ((MongoBulkWriteException) e).getWriteErrors()));
    }

    private static List<BucketWrite> refused(List<BucketWrite> writes, List<BulkWriteError> errors) {
        return errors.stream().map(error -> writes.get(error.getIndex())).toList();
    }

    /**
     * Each session's deltas one at a time, in order (a bucket that has seen a newer sequence of the
     * session ignores older ones); sessions side by side. How many were skipped, by document id.
     */
    private Uni<Map<String, Long>> oneByOne(List<BucketWrite> writes) {
        Map<String, Long> skipped = Collections.synchronizedMap(new HashMap<>());
        List<Uni<Void>> sessions = new ArrayList<>();
        for (BucketWrite write : writes) {
            write.sessions().values().forEach(deltas -> sessions.add(inOrder(write, deltas, skipped)));
        }
        if (sessions.isEmpty()) {
            return Uni.createFrom().item(skipped);
        }
        return Uni.join().all(sessions).andFailFast()
                .replaceWith(skipped);
    }

    private Uni<Void> inOrder(BucketWrite write, List<UsageDelta> deltas, Map<String, Long> skipped) {
        return Multi.createFrom().iterable(deltas)
                .onItem().transformToUniAndConcatenate(delta -> add(delta, write.dimension(), write.interval()))
                .invoke(added -> skipped.merge(write.id(), added ? 0L : 1L, Long::sum))
                .collect().last()
                .replaceWithVoid();
    }

    private static List<BucketWrite> concat(List<BucketWrite> one, List<BucketWrite> other) {
        List<BucketWrite> all = new ArrayList<>(one);
        all.addAll(other);
        return all;
    }

    private static List<Boolean> results(List<BucketWrite> writes, Map<String, Long> skipped) {
        List<Boolean> results = new ArrayList<>();
        for (BucketWrite write : writes) {
            long none = skipped.getOrDefault(write.id(), 0L);
            for (long i = 0; i < write.samples(); i++) {
                results.add(i >= none);
            }
        }
        return results;
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
