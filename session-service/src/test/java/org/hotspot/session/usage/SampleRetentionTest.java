package org.hotspot.session.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.hotspot.session.UsageDelta;
import org.hotspot.session.usage.UsageRollupTest.Sums;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.Test;

/** The retention sweep deletes raw samples past 30 days and only those; reports over old days still answer. */
@QuarkusTest
@WithAuthService
class SampleRetentionTest {

    @InjectAuthService
    AuthService auth;

    @Inject
    UsageSeries series;

    @Inject
    SampleRetention retention;

    @Inject
    MongoClient mongo;

    @Test
    void theSweepRemovesOldSamplesButNotRollUps() {
        String organization = auth.newOrganization();
        String token = auth.tokenFor(organization, "OPERATOR");
        Instant now = Instant.now();
        Instant old = now.minus(Duration.ofDays(40)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(1));
        Instant lastMonth = now.minus(Duration.ofDays(29));
        Instant recent = now.minus(Duration.ofHours(2));
        String sessionKey = "router-1:" + UUID.randomUUID();
        List<Instant> times = List.of(old, old.plus(Duration.ofHours(5)), lastMonth, recent);
        for (int i = 0; i < times.size(); i++) {
            series.record(new UsageDelta(UUID.randomUUID().toString(), sessionKey, i + 1, organization, "voucher-1",
                    "profile-1", "router-1", "Main Street", times.get(i), 100, 200, 30,
                    new UsageDelta.Place("test-" + sessionKey, i + 1)))
                    .await().atMost(Duration.ofSeconds(10));
        }
        Instant from = now.minus(Duration.ofDays(60)).truncatedTo(ChronoUnit.DAYS);
        Map<String, Map<Instant, Sums>> before =
                UsageRollupTest.report(token, Dimension.ROUTER, Interval.DAY, from, now);
        assertThat(before.get("router-1")).hasSize(3);

        long deleted = retention.sweep().await().atMost(Duration.ofSeconds(30));

        assertThat(deleted).isGreaterThanOrEqualTo(2);
        assertThat(sampleTimes(organization)).containsExactlyInAnyOrder(lastMonth.truncatedTo(ChronoUnit.MILLIS),
                recent.truncatedTo(ChronoUnit.MILLIS));
        assertThat(UsageRollupTest.report(token, Dimension.ROUTER, Interval.DAY, from, now)).isEqualTo(before);
    }

    private List<Instant> sampleTimes(String organization) {
        return mongo.getDatabase("hotspot-session").getCollection(UsageCollections.SAMPLES)
                .find(Filters.eq("organizationId", organization)).into(new ArrayList<Document>()).stream()
                .map(sample -> sample.getDate("at").toInstant())
                .toList();
    }
}
