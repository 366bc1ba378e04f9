package org.hotspot.session.usage;

import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.hotspot.session.UsageDelta;

/**
 * What a batch adds to one roll-up bucket document. Measured against the bucket as read
 * ({@link #against}), each session's deltas count only past the session's mark there
 * ({@code seen.<hash>}, its newest sequence already added); the sums of those and the new marks go
 * in one write conditional on the bucket's {@code version}, or as the bucket's first version when
 * there was none.
 */
final class BucketWrite {

    private final String id;
    private final UsageDelta first;
    private final Dimension dimension;
    private final Interval interval;
    private final Instant bucket;
    private final int shard;
    private final Map<String, List<UsageDelta>> sessions = new LinkedHashMap<>();
    /** Each session's mark field, by session key. */
    private final Map<String, String> marks = new LinkedHashMap<>();
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
        write.marks.putIfAbsent(delta.sessionKey(), session.field());
        write.sessions.computeIfAbsent(delta.sessionKey(), key -> new ArrayList<>()).add(delta);
    }

    /**
     * Measures the deltas against the bucket as stored ({@code null}: none yet): a session's delta is
     * taken only if its sequence is past the mark. Two sessions whose hashes share a mark (64 bits
     * within one shard: vanishingly unlikely) share it here too, in the order they came.
     */
    void against(Document stored) {
        exists = stored != null;
        readVersion = stored == null ? null : stored.get(RollupStore.VERSION);
        Document seen = stored == null ? null : stored.get("seen", Document.class);
        Map<String, Long> current = new HashMap<>();
        taken.clear();
        newMarks.clear();
        bytesIn = bytesOut = seconds = samples = 0;
        sessions.forEach((key, deltas) -> {
            String field = marks.get(key);
            long mark = current.computeIfAbsent(field, f -> seen == null || seen.get(f) == null ? 0L
                    : ((Number) seen.get(f)).longValue());
            for (UsageDelta delta : deltas) {
                boolean isNew = delta.sequence() > mark;
                taken.add(isNew);
                if (isNew) {
                    mark = delta.sequence();
                    bytesIn += delta.bytesIn();
                    bytesOut += delta.bytesOut();
                    seconds += delta.seconds();
                    samples++;
                }
            }
            if (mark > current.get(field)) {
                current.put(field, mark);
                newMarks.put(field, mark);
            }
        });
    }

    /** Whether the bucket as read lacks any of the deltas. */
    boolean addsAnything() {
        return !newMarks.isEmpty();
    }

    /** Whether the bucket existed when read: the write is then an update of that version, else an insert. */
    boolean exists() {
        return exists;
    }

    /** Per delta, session by session in the order they came, each's in sequence: whether the bucket as read lacked it. */
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
