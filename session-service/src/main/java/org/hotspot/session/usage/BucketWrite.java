package org.hotspot.session.usage;

import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.hotspot.session.UsageDelta;

/**
 * What one recording of usage adds to one roll-up bucket document. Measured against the bucket as read
 * ({@link #against}), a delta counts only past its partition's mark there ({@code seen.<partition>},
 * the newest offset of that partition already added); the sums of those and the new marks go in one
 * write conditional on the bucket's {@code version}, or as the bucket's first version when there was
 * none.
 *
 * <p>One mark per partition is enough, because a partition's records are applied in its order and a
 * record's bytes and seconds are the same whoever works them out: a session's records share a
 * partition, and a record adds its counters minus those of the session's record before it. So a
 * bucket holding offset {@code n} of a partition holds every delta of that partition up to {@code n}
 * that belongs to it, including those a crash, a lost session write or two replicas during a
 * rebalance bring again. (Only a delta's plan can differ between two workings, when voucher-service
 * told it in between; the buckets then keep the first working, the one its raw sample was stored
 * with, so the roll-ups still add up to the samples.) The
 * marks stay as few as the topic's partitions; marks per session grew with a day's sessions, to
 * megabytes in a busy organization's daily bucket, read back by every recording. Buckets are still split
 * by session ({@link SessionHash}), as when they were marked by session, so that a bucket written
 * then holds the marks of every delta that goes to it now.
 */
final class BucketWrite {

    private final String id;
    private final UsageDelta first;
    private final Dimension dimension;
    private final Interval interval;
    private final Instant bucket;
    private final int shard;
    /** The deltas, by their partition's mark field. */
    private final Map<String, List<UsageDelta>> partitions = new LinkedHashMap<>();
    private final List<Boolean> taken = new ArrayList<>();
    private final Map<String, Long> newMarks = new LinkedHashMap<>();
    private Object readVersion;
    private boolean exists;
    private long bytesIn;
    private long bytesOut;
    private long seconds;
    private long samples;

    private BucketWrite(UsageDelta first, Dimension dimension, Interval interval, SessionHash session) {
        this.first = first;
        this.dimension = dimension;
        this.interval = interval;
        this.bucket = interval.bucketStart(first.at());
        this.shard = dimension.shardOf(session);
        this.id = id(first, dimension, interval, session);
    }

    /** The document the delta goes to in this dimension and interval. */
    static String id(UsageDelta delta, Dimension dimension, Interval interval, SessionHash session) {
        return RollupStore.id(delta.organizationId(), dimension, dimension.keyOf(delta), interval,
                interval.bucketStart(delta.at()), dimension.shardOf(session));
    }

    /** Adds the delta's share to {@code writes}, by document id; {@code session} is the hash of its session. */
    static void collect(Map<String, BucketWrite> writes, UsageDelta delta, SessionHash session, Dimension dimension,
            Interval interval) {
        BucketWrite write = writes.computeIfAbsent(id(delta, dimension, interval, session),
                ignored -> new BucketWrite(delta, dimension, interval, session));
        write.partitions.computeIfAbsent(markOf(delta.place()), field -> new ArrayList<>()).add(delta);
    }

    /** The partition's mark field: Kafka's topic names may hold dots, which field names must not. */
    static String markOf(UsageDelta.Place place) {
        return place.partition().replace('.', '_');
    }

    /**
     * Measures the deltas against the bucket as stored ({@code null}: none yet): a delta is taken only
     * if its offset is past its partition's mark.
     */
    void against(Document stored) {
        exists = stored != null;
        readVersion = stored == null ? null : stored.get(RollupStore.VERSION);
        Document seen = stored == null ? null : stored.get("seen", Document.class);
        taken.clear();
        newMarks.clear();
        bytesIn = bytesOut = seconds = samples = 0;
        boolean legacy = hasSessionMarks(seen);
        partitions.forEach((field, deltas) -> {
            long mark = seen == null || seen.get(field) == null ? -1 : ((Number) seen.get(field)).longValue();
            long newest = mark;
            for (UsageDelta delta : deltas) {
                boolean isNew = delta.place().offset() > mark && !(legacy && pastSessionMark(seen, delta));
                taken.add(isNew);
                if (isNew) {
                    newest = Math.max(newest, delta.place().offset());
                    bytesIn += delta.bytesIn();
                    bytesOut += delta.bytesOut();
                    seconds += delta.seconds();
                    samples++;
                }
            }
            if (newest > mark) {
                newMarks.put(field, newest);
            }
        });
    }

    /**
     * Whether the bucket was written by a version that marked sessions instead of partitions: 16 hex
     * digits ({@link SessionHash}), where partition marks name a topic. A record it took then, read
     * again after the upgrade (the poll in flight at the time), must not count twice.
     */
    private static boolean hasSessionMarks(Document seen) {
        return seen != null && seen.keySet().stream().anyMatch(field -> field.length() == 16
                && field.chars().allMatch(c -> Character.digit(c, 16) >= 0));
    }

    /** Whether the bucket took this delta under its session's mark, the way earlier versions marked them. */
    private static boolean pastSessionMark(Document seen, UsageDelta delta) {
        Object mark = seen.get(SessionHash.of(delta.sessionKey()).field());
        return mark instanceof Number number && delta.sequence() <= number.longValue();
    }

    /** Whether the bucket as read lacks any of the deltas. */
    boolean addsAnything() {
        return !newMarks.isEmpty();
    }

    /** Whether the bucket existed when read: the write is then an update of that version, else an insert. */
    boolean exists() {
        return exists;
    }

    /** Per delta, partition by partition in the order they came: whether the bucket as read lacked it. */
    List<Boolean> taken() {
        return taken;
    }

    String id() {
        return id;
    }

    /** The bucket's first version, holding the deltas taken; {@code writer} names the write. */
    Document document(String writer) {
        Document seen = new Document();
        newMarks.forEach(seen::append);
        return new Document("_id", id)
                .append("organizationId", first.organizationId())
                .append("dimension", dimension.apiName())
                .append("key", dimension.keyOf(first))
                .append("interval", interval.apiName())
                .append("bucketStart", Date.from(bucket))
                .append("shard", shard)
                .append("bytesIn", bytesIn)
                .append("bytesOut", bytesOut)
                .append("seconds", seconds)
                .append("samples", samples)
                .append("seen", seen)
                .append(RollupStore.VERSION, 1L)
                .append(RollupStore.WRITER, writer);
    }

    /**
     * The bucket as read: its id and version, a plain document because the embedded MongoDB uses an
     * index only for a query naming exactly the index's fields ({@link RollupStore#AS_READ_INDEX}).
     * A bucket from before versions has none, and {@code null} matches it.
     */
    Bson filter() {
        return new Document("_id", id).append(RollupStore.VERSION, readVersion);
    }

    /** Adds the deltas taken and moves the marks on; {@code writer} names the write. */
    Bson update(String writer) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.inc("bytesIn", bytesIn),
                Updates.inc("bytesOut", bytesOut),
                Updates.inc("seconds", seconds),
                Updates.inc("samples", samples),
                Updates.set(RollupStore.VERSION, nextVersion()),
                Updates.set(RollupStore.WRITER, writer)));
        newMarks.forEach((field, mark) -> updates.add(Updates.set("seen." + field, mark)));
        return Updates.combine(updates);
    }

    private long nextVersion() {
        return readVersion instanceof Number number ? number.longValue() + 1 : 1L;
    }
}
