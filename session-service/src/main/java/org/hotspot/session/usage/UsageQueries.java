package org.hotspot.session.usage;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.hotspot.session.config.SessionConfig;

/**
 * The read side of the usage time series, always within one organization: usage by interval over a
 * range, and the latest bucket of each key. Both read the roll-ups only, summing each bucket's
 * shards on the server, so their cost follows the buckets asked for, not the samples behind them.
 */
@ApplicationScoped
public class UsageQueries {

    private final UsageCollections collections;
    private final SessionConfig config;

    public UsageQueries(UsageCollections collections, SessionConfig config) {
        this.collections = collections;
        this.config = config;
    }

    /**
     * The range a query covers: {@code to} defaults to now and {@code from} to the interval's
     * default span before it. Too long a range is refused rather than cut, so that a script never
     * takes a partial answer for the whole.
     */
    public UsageRange range(Instant from, Instant to, Interval interval) {
        Instant end = to != null ? to : Instant.now();
        Instant start = from != null ? from : end.minus(interval.defaultSpan());
        if (!start.isBefore(end)) {
            throw UsageProblems.invalid("from", "must be before to");
        }
        Duration max = interval == Interval.HOUR ? config.usageHourlyRangeMax() : config.usageDailyRangeMax();
        if (Duration.between(start, end).compareTo(max) > 0) {
            throw UsageProblems.invalid("to", "a query by " + interval.apiName() + " spans at most " + max.toDays()
                    + " days; ask for a shorter range" + (interval == Interval.HOUR ? " or interval=day" : ""));
        }
        return new UsageRange(start, end, interval);
    }

    /** Usage of each key of the dimension (or of one key) bucket by bucket, keys in order. */
    public Uni<List<KeySeries>> series(String organizationId, Dimension dimension, UsageRange range, String key) {
        Bson match = scope(organizationId, dimension, range.interval(), key,
                Filters.gte("bucketStart", Date.from(range.from())),
                Filters.lt("bucketStart", Date.from(range.to())));
        List<Bson> pipeline = List.of(
                Aggregates.match(match),
                sumShards(),
                Aggregates.sort(Sorts.ascending("_id.key", "_id.at")));
        return collections.rollups().aggregate(pipeline).collect().asList()
                .map(UsageQueries::toSeries);
    }

    /** The default start of a latest-usage query: keys silent since then have no latest value. */
    public Instant defaultSince() {
        return Instant.now().minus(config.usageLatestWindow());
    }

    /** The most recent bucket of each key of the dimension (or of one key) since the given time, keys in order. */
    public Uni<List<KeySeries>> latest(String organizationId, Dimension dimension, Interval interval, Instant since,
            String key) {
        Bson match = scope(organizationId, dimension, interval, key, Filters.gte("bucketStart", Date.from(since)));
        List<Bson> pipeline = List.of(
                Aggregates.match(match),
                sumShards(),
                Aggregates.sort(Sorts.descending("_id.at")),
                Aggregates.group("$_id.key",
                        Accumulators.first("at", "$_id.at"),
                        Accumulators.first("bytesIn", "$bytesIn"),
                        Accumulators.first("bytesOut", "$bytesOut"),
                        Accumulators.first("seconds", "$seconds")),
                Aggregates.sort(Sorts.ascending("_id")));
        return collections.rollups().aggregate(pipeline).collect().asList()
                .map(found -> found.stream()
                        .map(latest -> new KeySeries(latest.getString("_id"), List.of(point(latest, "at"))))
                        .toList());
    }

    private static Bson scope(String organizationId, Dimension dimension, Interval interval, String key,
            Bson... time) {
        List<Bson> conditions = new ArrayList<>(List.of(
                Filters.eq("organizationId", organizationId),
                Filters.eq("dimension", dimension.apiName()),
                Filters.eq("interval", interval.apiName())));
        if (key != null) {
            conditions.add(Filters.eq("key", key));
        }
        conditions.addAll(List.of(time));
        return Filters.and(conditions);
    }

    /** One result per key and bucket: the sum of the bucket's shards. */
    private static Bson sumShards() {
        return Aggregates.group(new Document("key", "$key").append("at", "$bucketStart"),
                Accumulators.sum("bytesIn", "$bytesIn"),
                Accumulators.sum("bytesOut", "$bytesOut"),
                Accumulators.sum("seconds", "$seconds"));
    }

    private static List<KeySeries> toSeries(List<Document> buckets) {
        Map<String, List<UsagePoint>> byKey = new LinkedHashMap<>();
        for (Document bucket : buckets) {
            Document id = bucket.get("_id", Document.class);
            byKey.computeIfAbsent(id.getString("key"), k -> new ArrayList<>()).add(point(bucket, id, "at"));
        }
        return byKey.entrySet().stream().map(e -> new KeySeries(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static UsagePoint point(Document sums, String atField) {
        return point(sums, sums, atField);
    }

    private static UsagePoint point(Document sums, Document time, String atField) {
        return new UsagePoint(time.getDate(atField).toInstant(), number(sums, "bytesIn"), number(sums, "bytesOut"),
                number(sums, "seconds"));
    }

    /** Sums come back as 32- or 64-bit integers depending on their size and the server. */
    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number number ? number.longValue() : 0L;
    }
}
