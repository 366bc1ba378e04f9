package org.hotspot.session;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.hotspot.session.RouterTraffic.SessionEnd;
import org.hotspot.session.RouterTraffic.Sums;
import org.hotspot.session.usage.Dimension;
import org.hotspot.session.usage.Interval;
import org.hotspot.session.usage.UsageCollections;

/**
 * What a session-service running in another process has stored, read straight from its database
 * with the plain MongoDB driver: its sessions, its usage samples and its voucher roll-ups.
 */
final class StoredUsage {

    private final MongoDatabase database;

    StoredUsage(MongoDatabase database) {
        this.database = database;
    }

    /** Every stored session, by key. */
    Map<String, SessionEnd> sessions() {
        Map<String, SessionEnd> sessions = new HashMap<>();
        for (Document session : database.getCollection("sessions").find().projection(Projections.include("voucherId",
                "state", "stopCause", "bytesIn", "bytesOut", "sessionTime", "sequence"))) {
            sessions.put(session.getString("_id"), new SessionEnd(session.getString("voucherId"),
                    session.getString("state"), session.getString("stopCause"), number(session, "bytesIn"),
                    number(session, "bytesOut"), number(session, "sessionTime"), number(session, "sequence")));
        }
        return sessions;
    }

    /** Every stored sample, by record id. */
    Map<String, Sums> samples() {
        Map<String, Sums> samples = new HashMap<>();
        for (Document sample : database.getCollection(UsageCollections.SAMPLES).find()) {
            samples.put(sample.getString("_id"), new Sums(number(sample, "bytesIn"), number(sample, "bytesOut"),
                    number(sample, "seconds"), 1));
        }
        return samples;
    }

    /** How many records the sessions have applied, read as cheaply as can be for a tight loop. */
    long applied() {
        long applied = 0;
        for (Document session : database.getCollection("sessions").find()
                .projection(Projections.fields(Projections.include("sequence"), Projections.excludeId()))) {
            applied += number(session, "sequence");
        }
        return applied;
    }

    /** The voucher roll-ups of an interval, their shards summed: by voucher and bucket start. */
    Map<String, Map<Instant, Sums>> voucherRollups(Interval interval) {
        Map<String, Map<Instant, Sums>> sums = new HashMap<>();
        for (Document bucket : database.getCollection(UsageCollections.ROLLUPS).find(Filters.and(
                Filters.eq("dimension", Dimension.VOUCHER.apiName()), Filters.eq("interval", interval.apiName())))) {
            sums.computeIfAbsent(bucket.getString("key"), voucher -> new HashMap<>())
                    .merge(bucket.getDate("bucketStart").toInstant(), new Sums(number(bucket, "bytesIn"),
                            number(bucket, "bytesOut"), number(bucket, "seconds"), number(bucket, "samples")),
                            Sums::plus);
        }
        return sums;
    }

    private static long number(Document document, String field) {
        Number value = document.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }
}
