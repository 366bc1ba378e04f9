package org.hotspot.session.usage;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.hotspot.common.mongo.MongoErrors;
import org.hotspot.session.UsageDelta;

/**
 * Adds samples to roll-up buckets, each exactly once, without transactions. A recording reads the
 * buckets it touches in one query, measures its deltas against them ({@link BucketWrite}: a
 * delta counts only past its partition's mark in the bucket), and writes each bucket that
 * lacks some in one bulk: an insert of a bucket's first version, or an update conditional on the
 * version read, which also moves the marks on. A write that lost to another (a duplicate insert, or
 * a version changed meanwhile) is measured again against a fresh read. Each write names the recording
 * ({@code writer}), so a bucket found written by this recording is known done: MongoDB says how many
 * updates of a bulk matched, not which.
 *
 * <p>Read, then write conditionally, rather than one conditional upsert per bucket: the embedded
 * MongoDB finds a document by an index only when the query names exactly the index's fields, so a
 * condition on the marks would read every bucket for every write; {@code _id} and {@code version}
 * have an index of their own ({@link #AS_READ_INDEX}).
 */
@ApplicationScoped
class RollupStore {

    /** The field counting a bucket's writes. */
    static final String VERSION = "version";
    /** The field naming the recording that wrote a bucket last. */
    static final String WRITER = "writer";
    /** The index that finds a bucket by {@link BucketWrite#filter()}'s fields. */
    static final String AS_READ_INDEX = "_id_version";

    /** Replicas writing the same organization's buckets can each lose a round; one replica never does. */
    private static final int ROUNDS = 64;

    private final UsageCollections collections;

    RollupStore(UsageCollections collections) {
        this.collections = collections;
    }

    /**
     * Adds the deltas (each partition's in offset order) to every bucket they belong to; one result per
     * delta and bucket, false where the bucket had it already.
     */
    Uni<List<Boolean>> addAll(List<UsageDelta> deltas) {
        List<BucketWrite> writes = writes(deltas);
        String writer = UUID.randomUUID().toString();
        return write(writes, writer, 1)
                .map(done -> results(writes));
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

    /** Reads the buckets, measures the writes against them and writes; those that lost go another round. */
    private Uni<Void> write(List<BucketWrite> writes, String writer, int round) {
        if (writes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (round > ROUNDS) {
            return Uni.createFrom().failure(new IllegalStateException(
                    writes.size() + " roll-up buckets kept changing under a recording of usage"));
        }
        return read(writes)
                .map(stored -> measure(writes, stored, writer))
                .chain(pending -> store(pending, writer))
                .chain(lost -> write(lost, writer, round + 1));
    }

    private Uni<Map<String, Document>> read(List<BucketWrite> writes) {
        List<String> ids = writes.stream().map(BucketWrite::id).toList();
        return collections.rollups().find(Filters.in("_id", ids)).collect().asList()
                .map(found -> {
                    Map<String, Document> byId = new HashMap<>();
                    found.forEach(document -> byId.put(document.getString("_id"), document));
                    return byId;
                });
    }

    /** The writes that still add something; one found written by this recording already is done. */
    private static List<BucketWrite> measure(List<BucketWrite> writes, Map<String, Document> stored, String writer) {
        List<BucketWrite> pending = new ArrayList<>();
        for (BucketWrite write : writes) {
            Document bucket = stored.get(write.id());
            if (bucket != null && writer.equals(bucket.getString(WRITER))) {
                continue;
            }
            write.against(bucket);
            if (write.addsAnything()) {
                pending.add(write);
            }
        }
        return pending;
    }

    /** Writes in one unordered bulk; those that may have lost, to go again. */
    private Uni<List<BucketWrite>> store(List<BucketWrite> writes, String writer) {
        if (writes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<WriteModel<Document>> models = new ArrayList<>();
        for (BucketWrite write : writes) {
            models.add(write.exists() ? new UpdateOneModel<>(write.filter(), write.update(writer))
                    : new InsertOneModel<>(write.document(writer)));
        }
        return collections.rollups().bulkWrite(models, new BulkWriteOptions().ordered(false))
                .map(result -> lost(writes, result, List.of()))
                .onFailure(MongoErrors::onlyDuplicateKeys)
                .recoverWithItem(e -> lost(writes, ((MongoBulkWriteException) e).getWriteResult(),
                        ((MongoBulkWriteException) e).getWriteErrors()));
    }

    /** Inserts refused as duplicates, and when an update missed its version, every update (the read tells which). */
    private static List<BucketWrite> lost(List<BucketWrite> writes, BulkWriteResult result,
            List<BulkWriteError> errors) {
        Set<BucketWrite> lost = new LinkedHashSet<>();
        errors.forEach(error -> lost.add(writes.get(error.getIndex())));
        long updates = writes.stream().filter(BucketWrite::exists).count();
        if (result.getMatchedCount() < updates) {
            writes.stream().filter(BucketWrite::exists).forEach(lost::add);
        }
        return new ArrayList<>(lost);
    }

    private static List<Boolean> results(List<BucketWrite> writes) {
        List<Boolean> results = new ArrayList<>();
        writes.forEach(write -> results.addAll(write.taken()));
        return results;
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
