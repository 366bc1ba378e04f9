package org.hotspot.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.hotspot.events.Topics;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;
import org.hotspot.session.service.StaleSweep;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.Test;

/**
 * A router whose clock is not set (a board without a battery reports 1970 in its Event-Timestamps
 * until it has synchronised) keeps its sessions open while it reports them: the stale sweep measures
 * silence on router-gateway's clock, so the session is stale only three interim intervals after the
 * gateway last heard of it.
 */
@QuarkusTest
@WithAuthService
class RouterClockTest {

    private static final Instant ROUTER_CLOCK = Instant.parse("1970-01-01T00:03:00Z");

    @InjectKafka
    String kafka;

    @Inject
    MongoClient mongo;

    @Inject
    StaleSweep sweep;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String router = "router-" + run;

    @Test
    void aSessionReportedWithTheRouterClockIn1970IsStaleOnlyOnceTheGatewayStopsHearingOfIt() throws Exception {
        Instant heard = Instant.now();
        try (AccountingProducer producer = new AccountingProducer(kafka, Topics.ACCOUNTING_RECORDS)) {
            producer.send("org-" + run, List.of(record(StatusType.START, 0, heard),
                    record(StatusType.INTERIM_UPDATE, 5_000, heard.plusSeconds(1))));
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> session() != null && session().getLong("bytesIn") == 5_000);

        sweep.sweep(heard.plus(Duration.ofMinutes(1))).await().atMost(Duration.ofSeconds(10));
        assertThat(session().getString("state")).as("heard of a minute ago").isEqualTo("OPEN");

        sweep.sweep(heard.plus(Duration.ofMinutes(16))).await().atMost(Duration.ofSeconds(10));
        assertThat(session().getString("state")).isEqualTo("CLOSED");
        assertThat(session().getString("stopCause")).isEqualTo("Stale");
    }

    private AccountingRecord record(StatusType status, long inputOctets, Instant heardAt) {
        return new AccountingRecord(run + "-" + status, router, "hap-" + run, "127.0.0.1", "site-a", status,
                "81" + run, null, null, "02:00:00:00:00:07", null, inputOctets, 0, 0, 0,
                status == StatusType.START ? 0 : 60, null, ROUTER_CLOCK, heardAt);
    }

    private Document session() {
        return mongo.getDatabase("hotspot-session").getCollection("sessions")
                .find(Filters.eq("_id", AccountingRecord.key(router, "81" + run))).first();
    }
}
