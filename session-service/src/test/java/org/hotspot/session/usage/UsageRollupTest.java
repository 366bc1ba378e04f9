package org.hotspot.session.usage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.bson.Document;
import org.hotspot.session.UsageDelta;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A few hundred random deltas of many sessions, recorded concurrently across sessions (so that
 * sessions race to create the same buckets): every report by every dimension and interval equals
 * what the stored samples add up to, bucket by bucket.
 */
@QuarkusTest
@WithAuthService
class UsageRollupTest {

    private static final Logger LOG = Logger.getLogger(UsageRollupTest.class);
    private static final String[] ROUTERS = {"router-1", "router-2", "router-3"};
    private static final String[] SITES = {"Main Street", "Main Street", "Harbour.Cafe $1"};
    private static final String[] VOUCHERS = {"voucher-1", "voucher-2", "voucher-3", "voucher-4", "voucher-5", null};
    private static final String[] PROFILES = {"profile-1", "profile-1", "profile-2", "profile-2", null, "profile-3"};

    @InjectAuthService
    AuthService auth;

    @Inject
    UsageSeries series;

    @Inject
    MongoClient mongo;

    /** Bytes and seconds of one bucket. */
    record Sums(long bytesIn, long bytesOut, long seconds) {

        Sums plus(long in, long out, long secs) {
            return new Sums(bytesIn + in, bytesOut + out, seconds + secs);
        }
    }

    @Test
    void rollUpsEqualTheSumOfSamplesForEveryDimensionAndInterval() {
        String organization = auth.newOrganization();
        String token = auth.tokenFor(organization, "VIEWER");
        long seed = System.nanoTime();
        LOG.infof("Random deltas from seed %d", seed);
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(3));
        List<List<UsageDelta>> sessions = sessions(organization, new Random(seed), start, 14);
        int recorded = recordInterleaved(sessions);

        List<Document> samples = mongo.getDatabase("hotspot-session").getCollection(UsageCollections.SAMPLES)
                .find(Filters.eq("organizationId", organization)).into(new ArrayList<>());
        assertThat(samples).hasSize(recorded).hasSizeGreaterThan(200);
        long generatedBytesIn = sessions.stream().flatMap(List::stream).mapToLong(UsageDelta::bytesIn).sum();
        assertThat(samples.stream().mapToLong(s -> number(s, "bytesIn")).sum()).isEqualTo(generatedBytesIn);

        Instant to = start.plus(Duration.ofDays(5));
        for (Dimension dimension : Dimension.values()) {
            for (Interval interval : Interval.values()) {
                Map<String, Map<Instant, Sums>> expected = fromSamples(samples, dimension, interval);
                assertThat(expected).as("samples have keys for %s", dimension).isNotEmpty();
                assertThat(report(token, dimension, interval, start, to))
                        .as("usage by %s and %s", dimension.apiName(), interval.apiName())
                        .isEqualTo(expected);
            }
        }
    }

    /**
     * Many sessions' first records in one hour at once race to create the same buckets, and none is
     * lost. The embedded MongoDB runs writes one at a time, so there this checks only the sums; a real
     * MongoDB interleaves the upserts and takes the duplicate-key path of {@link RollupStore}.
     */
    @Test
    void sessionsRacingToCreateABucketAllCount() {
        String organization = auth.newOrganization();
        String token = auth.tokenFor(organization, "VIEWER");
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
        List<List<UsageDelta>> sessions = new ArrayList<>();
        for (int s = 0; s < 96; s++) {
            sessions.add(List.of(new UsageDelta(UUID.randomUUID().toString(), "router-1:" + UUID.randomUUID(), 1,
                    organization, "voucher-1", "profile-1", "router-1", "Main Street", hour.plusSeconds(s), 10, 20, 1,
                    new UsageDelta.Place("test-" + s, 1))));
        }
        recordInterleaved(sessions);

        for (Interval interval : Interval.values()) {
            assertThat(report(token, Dimension.VOUCHER, interval, hour.minus(Duration.ofDays(1)), Instant.now()))
                    .containsEntry("voucher-1", Map.of(interval.bucketStart(hour), new Sums(960, 1920, 96)));
        }
    }

    /**
     * A busy organization's buckets keep one mark per partition its records came from, however many
     * sessions those carry: 600 sessions' records from two partitions, a batch at a time, leave each of
     * the organization's hourly bucket documents (split by session into 16) with at most two marks, and
     * the sums exact.
     */
    @Test
    void aBucketKeepsOneMarkPerPartitionHoweverManySessions() {
        String organization = auth.newOrganization();
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
        String[] partitions = {"accounting-records-0", "accounting-records-1"};
        long[] offsets = {100, 100};
        List<UsageDelta> batch = new ArrayList<>();
        for (int sequence = 1; sequence <= 2; sequence++) {
            for (int s = 0; s < 600; s++) {
                int partition = s % 2;
                batch.add(new UsageDelta(UUID.randomUUID().toString(), "router-1:" + organization + "-" + s, sequence,
                        organization, "voucher-" + s % 40, "profile-1", "router-1", "Main Street",
                        hour.plusSeconds(s + 600L * sequence), 10, 20, 1,
                        new UsageDelta.Place(partitions[partition], offsets[partition]++)));
                if (batch.size() == 100) {
                    series.recordAll(batch).await().atMost(Duration.ofSeconds(30));
                    batch.clear();
                }
            }
        }

        List<Document> buckets = mongo.getDatabase("hotspot-session").getCollection(UsageCollections.ROLLUPS)
                .find(Filters.and(Filters.eq("organizationId", organization), Filters.eq("dimension", "organization"),
                        Filters.eq("interval", "hour")))
                .into(new ArrayList<>());
        assertThat(buckets).isNotEmpty().hasSizeLessThanOrEqualTo(SessionHash.SHARDS);
        assertThat(buckets).allSatisfy(bucket -> assertThat(bucket.get("seen", Document.class)).hasSizeBetween(1, 2));
        assertThat(buckets.stream().mapToLong(bucket -> number(bucket, "bytesIn")).sum()).isEqualTo(1200 * 10);
        assertThat(buckets.stream().mapToLong(bucket -> number(bucket, "samples")).sum()).isEqualTo(1200);
    }

    /** Sessions of random routers and vouchers over three days, each a list of deltas in sequence order. */
    static List<List<UsageDelta>> sessions(String organization, Random random, Instant start, int count) {
        List<List<UsageDelta>> sessions = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            int router = random.nextInt(ROUTERS.length);
            int voucher = random.nextInt(VOUCHERS.length);
            String sessionKey = ROUTERS[router] + ":" + UUID.randomUUID();
            Instant at = start.plus(Duration.ofMinutes(random.nextInt(60 * 60)));
            List<UsageDelta> deltas = new ArrayList<>();
            int length = 15 + random.nextInt(20);
            for (int sequence = 1; sequence <= length; sequence++) {
                // The first record of a session may come before its plan is known.
                String profile = sequence == 1 && random.nextBoolean() ? null : PROFILES[voucher];
                deltas.add(new UsageDelta(UUID.randomUUID().toString(), sessionKey, sequence, organization,
                        VOUCHERS[voucher], profile, ROUTERS[router], SITES[router], at,
                        random.nextInt(5_000_000), random.nextInt(50_000_000), random.nextInt(600),
                        new UsageDelta.Place("test-" + sessionKey, sequence)));
                at = at.plus(Duration.ofMinutes(1 + random.nextInt(45)));
            }
            sessions.add(deltas);
        }
        return sessions;
    }

    /** Records round by round, each round the next delta of every session at once; how many deltas. */
    int recordInterleaved(List<List<UsageDelta>> sessions) {
        int longest = sessions.stream().mapToInt(List::size).max().orElse(0);
        int recorded = 0;
        for (int round = 0; round < longest; round++) {
            List<Uni<Void>> writes = new ArrayList<>();
            for (List<UsageDelta> session : sessions) {
                if (round < session.size()) {
                    writes.add(series.record(session.get(round)));
                }
            }
            Uni.join().all(writes).andFailFast().await().atMost(Duration.ofSeconds(30));
            recorded += writes.size();
        }
        return recorded;
    }

    /** What the samples add up to, by key and bucket, computed here from the stored documents. */
    static Map<String, Map<Instant, Sums>> fromSamples(List<Document> samples, Dimension dimension,
            Interval interval) {
        String field = dimension == Dimension.ORGANIZATION ? "organizationId" : dimension.apiName() + "Id";
        if (dimension == Dimension.SITE) {
            field = "site";
        }
        Map<String, Map<Instant, Sums>> sums = new TreeMap<>();
        for (Document sample : samples) {
            String key = sample.getString(field);
            if (key == null) {
                continue;
            }
            Instant bucket = interval.bucketStart(sample.getDate("at").toInstant());
            sums.computeIfAbsent(key, k -> new TreeMap<>())
                    .merge(bucket, new Sums(number(sample, "bytesIn"), number(sample, "bytesOut"),
                            number(sample, "seconds")), (a, b) -> a.plus(b.bytesIn, b.bytesOut, b.seconds));
        }
        return sums;
    }

    /** {@code GET /api/usage} as the caller sees it, by key and bucket. */
    static Map<String, Map<Instant, Sums>> report(String token, Dimension dimension, Interval interval,
            Instant from, Instant to) {
        List<Map<String, Object>> series = given().auth().oauth2(token)
                .queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("interval", interval.apiName()).queryParam("groupBy", dimension.apiName())
                .when().get("/api/usage")
                .then().statusCode(200)
                .extract().jsonPath().getList("series");
        Map<String, Map<Instant, Sums>> sums = new TreeMap<>();
        for (Map<String, Object> keySeries : series) {
            Map<Instant, Sums> points = new TreeMap<>();
            for (Object raw : (List<?>) keySeries.get("points")) {
                Map<?, ?> point = (Map<?, ?>) raw;
                points.put(Instant.parse((String) point.get("at")), new Sums(number(point, "bytesIn"),
                        number(point, "bytesOut"), number(point, "seconds")));
            }
            sums.put((String) keySeries.get("key"), points);
        }
        return sums;
    }

    private static long number(Map<?, ?> point, String field) {
        return ((Number) point.get(field)).longValue();
    }
}
