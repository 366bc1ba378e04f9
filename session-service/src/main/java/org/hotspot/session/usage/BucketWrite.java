package org.hotspot.session.usage;

import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.hotspot.session.UsageDelta;

/**
 * What a batch adds to one roll-up bucket document, as one atomic upsert: the sums of its deltas,
 * and for each session the mark of its newest sequence ({@code seen.<hash>}), on the condition that
 * no session's mark has reached that session's oldest sequence here. So the whole share is added
 * once or not at all; when it was partly added before (a batch cut differently before a crash), the
 * upsert is refused and the deltas go one at a time ({@link #sessions()}), each taken only if new.
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
    private final Set<String> fields = new HashSet<>();
    private boolean collided;
    private long bytesIn;
    private long bytesOut;
    private long seconds;
    private long samples;

    private BucketWrite(UsageDelta first, Dimension dimension, Interval interval, SessionHash session) {
        this.first = first;
        this.dimension = dimension;
        this.interval = interval;
        this.bucket = interval.bucketStart(first.at());
        this.shard = session.shard();
        this.id = id(first, dimension, interval, session);
    }

    /** The share of one delta. */
    static BucketWrite of(UsageDelta delta, Dimension dimension, Interval interval) {
        SessionHash session = SessionHash.of(delta.sessionKey());
        BucketWrite write = new BucketWrite(delta, dimension, interval, session);
        write.add(delta, session);
        return write;
    }

    /** The document the delta goes to in this dimension and interval. */
    static String id(UsageDelta delta, Dimension dimension, Interval interval, SessionHash session) {
        return RollupStore.id(delta.organizationId(), dimension, dimension.keyOf(delta), interval,
                interval.bucketStart(delta.at()), session.shard());
    }

    /** Adds the delta's share to {@code writes}, by document id; {@code session} is the hash of its session. */
    static void collect(Map<String, BucketWrite> writes, UsageDelta delta, SessionHash session, Dimension dimension,
            Interval interval) {
        writes.computeIfAbsent(id(delta, dimension, interval, session),
                        ignored -> new BucketWrite(delta, dimension, interval, session))
                .add(delta, session);
    }

    /** Deltas come in their session's sequence order. */
    private void add(UsageDelta delta, SessionHash session) {
        if (marks.putIfAbsent(delta.sessionKey(), session.field()) == null) {
            // Two sessions with one mark: their conditions would clash in one update, so go one at a time.
            collided |= !fields.add(session.field());
        }
        sessions.computeIfAbsent(delta.sessionKey(), key -> new ArrayList<>()).add(delta);
        bytesIn += delta.bytesIn();
        bytesOut += delta.bytesOut();
        seconds += delta.seconds();
        samples++;
    }

    String id() {
        return id;
    }

    Dimension dimension() {
        return dimension;
    }

    Interval interval() {
        return interval;
    }

    /** Each session's deltas here, in sequence order. */
    Map<String, List<UsageDelta>> sessions() {
        return sessions;
    }

    /** How many deltas the write adds. */
    long samples() {
        return samples;
    }

    /** Whether the share cannot go as one update. */
    boolean collided() {
        return collided;
    }

    /**
     * The bucket, if no session's mark has reached its oldest sequence here. A plain document rather
     * than {@code Filters.and}: the embedded MongoDB finds the bucket by its {@code _id} index only
     * when {@code _id} is a top-level field of the query, and otherwise scans every bucket.
     */
    Bson filter() {
        Document filter = new Document("_id", id);
        sessions.forEach((key, deltas) -> filter.append(mark(key),
                new Document("$not", new Document("$gte", deltas.get(0).sequence()))));
        return filter;
    }

    Bson update() {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.setOnInsert("organizationId", first.organizationId()),
                Updates.setOnInsert("dimension", dimension.apiName()),
                Updates.setOnInsert("key", dimension.keyOf(first)),
                Updates.setOnInsert("interval", interval.apiName()),
                Updates.setOnInsert("bucketStart", Date.from(bucket)),
                Updates.setOnInsert("shard", shard),
                Updates.inc("bytesIn", bytesIn),
                Updates.inc("bytesOut", bytesOut),
                Updates.inc("seconds", seconds),
                Updates.inc("samples", samples)));
        sessions.forEach((key, deltas) -> updates.add(Updates.set(mark(key), deltas.get(deltas.size() - 1).sequence())));
        return Updates.combine(updates);
    }

    private String mark(String sessionKey) {
        return "seen." + marks.get(sessionKey);
    }
}
