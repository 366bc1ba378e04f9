package org.hotspot.session.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.hotspot.session.UsageDelta;
import org.hotspot.session.usage.UsageRollupTest.Sums;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a consumer restarting after a crash does to the series: a delta recorded again, or an
 * older record of a session arriving late, changes neither samples nor any roll-up; the session's
 * next record still counts in full, also when the batch it comes in holds deltas recorded before.
 */
@QuarkusTest
@WithAuthService
class UsageRedeliveryTest {

    @InjectAuthService
    AuthService auth;

    @Inject
    UsageSeries series;

    @Inject
    MongoClient mongo;

    private String organization;
    private String token;
    private String sessionKey;
    private Instant start;
    /** The partition the session's records came from, at offsets equal to their sequence. */
    private final String partition = "accounting-records-" + UUID.randomUUID();

    @BeforeEach
    void fiveRecordsOfOneSession() {
        organization = auth.newOrganization();
        token = auth.tokenFor(organization, "VIEWER");
        sessionKey = "router-1:" + UUID.randomUUID();
        start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
        for (int sequence = 1; sequence <= 5; sequence++) {
            record(delta(sequence, UUID.randomUUID().toString(), start.plus(Duration.ofMinutes(40L * sequence))));
        }
    }

    @Test
    void aRedeliveredDeltaChangesNothing() {
        Map<String, Map<String, Map<Instant, Sums>>> before = everyReport();
        UsageDelta third = storedDelta(3);

        record(third);
        record(third);

        assertThat(everyReport()).isEqualTo(before);
        assertThat(samples()).isEqualTo(5);
    }

    @Test
    void anOutOfDateSequenceChangesNothing() {
        Map<String, Map<String, Map<Instant, Sums>>> before = everyReport();
        UsageDelta second = storedDelta(2);

        // The same place in the session and on the topic under another record id, and with other numbers.
        record(new UsageDelta(UUID.randomUUID().toString(), sessionKey, 2, organization, "voucher-1", "profile-1",
                "router-1", "Main Street", second.at(), 999_999, 999_999, 999, second.place()));

        assertThat(everyReport()).isEqualTo(before);
        assertThat(samples()).isEqualTo(5);
    }

    @Test
    void theNextSequenceStillCountsInFull() {
        Map<String, Map<Instant, Sums>> before = UsageRollupTest.report(token, Dimension.VOUCHER, Interval.DAY,
                start.truncatedTo(ChronoUnit.DAYS), start.plus(Duration.ofDays(2)));
        record(storedDelta(5));
        Instant at = start.plus(Duration.ofMinutes(40L * 6));
        record(delta(6, UUID.randomUUID().toString(), at));

        Map<String, Map<Instant, Sums>> after = UsageRollupTest.report(token, Dimension.VOUCHER, Interval.DAY,
                start.truncatedTo(ChronoUnit.DAYS), start.plus(Duration.ofDays(2)));
        Instant day = Interval.DAY.bucketStart(at);
        Sums was = before.get("voucher-1").getOrDefault(day, new Sums(0, 0, 0));
        assertThat(after.get("voucher-1").get(day)).isEqualTo(was.plus(1000, 2000, 60));
        assertThat(samples()).isEqualTo(6);
    }

    @Test
    void aBatchCutDifferentlyAfterACrashCountsEachDeltaOnce() {
        String neighbour = "router-1:" + UUID.randomUUID();
        Sums hourlyBefore = organizationTotal(Interval.HOUR);
        Sums dailyBefore = organizationTotal(Interval.DAY);
        List<UsageDelta> batch = List.of(storedDelta(4), storedDelta(5),
                delta(6, UUID.randomUUID().toString(), start.plus(Duration.ofMinutes(40L * 6))),
                delta(7, UUID.randomUUID().toString(), start.plus(Duration.ofMinutes(40L * 7))),
                // Another session whose records come from the same partition.
                new UsageDelta(UUID.randomUUID().toString(), neighbour, 1, organization, "voucher-2", "profile-1",
                        "router-1", "Main Street", start.plus(Duration.ofMinutes(40L * 6 + 5)), 7, 8, 9,
                        new UsageDelta.Place(partition, 8)));

        // Records 4 and 5 were in the batch a crash cut short; the redelivered one holds more of the stream.
        series.recordAll(batch).await().atMost(Duration.ofSeconds(10));
        series.recordAll(batch).await().atMost(Duration.ofSeconds(10));

        // The day's bucket holds all of them: the share a crash may have cut short, and new deltas.
        assertThat(organizationTotal(Interval.DAY)).isEqualTo(dailyBefore.plus(2000 + 7, 4000 + 8, 120 + 9));
        assertThat(organizationTotal(Interval.HOUR)).isEqualTo(hourlyBefore.plus(2000 + 7, 4000 + 8, 120 + 9));
        assertThat(samples()).isEqualTo(8);
    }

    @Test
    void bucketsWrittenBeforeVersionsTakeEachDeltaOnce() {
        // Buckets as stored before writes were conditional on a version: marks and sums, no version.
        mongo.getDatabase("hotspot-session").getCollection(UsageCollections.ROLLUPS).updateMany(
                Filters.eq("organizationId", organization),
                Updates.combine(Updates.unset(RollupStore.VERSION),
                        Updates.unset(RollupStore.WRITER)));
        Map<String, Map<String, Map<Instant, Sums>>> before = everyReport();

        record(storedDelta(5));
        assertThat(everyReport()).isEqualTo(before);

        aSixthDeltaCountsOnce(before, Dimension.ORGANIZATION, organization);
    }

    @Test
    void bucketsMarkedBySessionTakeEachDeltaOnce() {
        // Buckets as stored by versions that marked each session's sequence instead of partitions.
        mongo.getDatabase("hotspot-session").getCollection(UsageCollections.ROLLUPS).updateMany(
                Filters.eq("organizationId", organization),
                Updates.set("seen", new Document(SessionHash.of(sessionKey).field(), 5L)));
        Map<String, Map<String, Map<Instant, Sums>>> before = everyReport();

        // The batch in flight at the upgrade, read again by this version.
        record(storedDelta(4));
        record(storedDelta(5));
        assertThat(everyReport()).isEqualTo(before);

        aSixthDeltaCountsOnce(before, Dimension.VOUCHER, "voucher-1");
    }

    /** A sixth delta, recorded and then recorded again, adds itself once to {@code key}'s day in {@code dimension}. */
    private void aSixthDeltaCountsOnce(Map<String, Map<String, Map<Instant, Sums>>> before, Dimension dimension,
            String key) {
        Instant at = start.plus(Duration.ofMinutes(40L * 6));
        record(delta(6, UUID.randomUUID().toString(), at));
        record(storedDelta(6));
        Map<String, Map<Instant, Sums>> after = UsageRollupTest.report(token, dimension, Interval.DAY,
                start.truncatedTo(ChronoUnit.DAYS), start.plus(Duration.ofDays(2)));
        Instant day = Interval.DAY.bucketStart(at);
        Sums was = before.get(dimension.apiName() + "/day").get(key).getOrDefault(day, new Sums(0, 0, 0));
        assertThat(after.get(key).get(day)).isEqualTo(was.plus(1000, 2000, 60));
    }

    /** The organization's usage over the test's two days, its buckets of this interval added up. */
    private Sums organizationTotal(Interval interval) {
        Sums total = new Sums(0, 0, 0);
        for (Sums bucket : UsageRollupTest.report(token, Dimension.ORGANIZATION, interval,
                start.truncatedTo(ChronoUnit.DAYS), start.plus(Duration.ofDays(2))).get(organization).values()) {
            total = total.plus(bucket.bytesIn(), bucket.bytesOut(), bucket.seconds());
        }
        return total;
    }

    private UsageDelta delta(long sequence, String recordId, Instant at) {
        return new UsageDelta(recordId, sessionKey, sequence, organization, "voucher-1", "profile-1", "router-1",
                "Main Street", at, 1000, 2000, 60, new UsageDelta.Place(partition, sequence));
    }

    /** The delta of this sequence as it was stored, to record it again. */
    private UsageDelta storedDelta(long sequence) {
        var sample = mongo.getDatabase("hotspot-session").getCollection(UsageCollections.SAMPLES)
                .find(Filters.and(Filters.eq("sessionKey", sessionKey), Filters.eq("sequence", sequence))).first();
        assertThat(sample).isNotNull();
        return delta(sequence, sample.getString("_id"), sample.getDate("at").toInstant());
    }

    private void record(UsageDelta delta) {
        series.record(delta).await().atMost(Duration.ofSeconds(10));
    }

    private long samples() {
        return mongo.getDatabase("hotspot-session").getCollection(UsageCollections.SAMPLES)
                .countDocuments(Filters.eq("organizationId", organization));
    }

    /** Every report of the organization, by dimension and interval. */
    private Map<String, Map<String, Map<Instant, Sums>>> everyReport() {
        Map<String, Map<String, Map<Instant, Sums>>> reports = new HashMap<>();
        for (Dimension dimension : Dimension.values()) {
            for (Interval interval : List.of(Interval.values())) {
                reports.put(dimension.apiName() + "/" + interval.apiName(), UsageRollupTest.report(token, dimension,
                        interval, start.truncatedTo(ChronoUnit.DAYS), start.plus(Duration.ofDays(2))));
            }
        }
        assertThat(reports.get("organization/hour")).containsKey(organization);
        return reports;
    }
}
