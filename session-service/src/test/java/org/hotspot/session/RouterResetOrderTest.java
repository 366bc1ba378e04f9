package org.hotspot.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.hotspot.events.Topics;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.KafkaUsers;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.Test;

/**
 * A router's Accounting-On travels under its own key, on another partition than its sessions'
 * records, so session-service can read it before a record the router sent earlier, or after a
 * Start the router sent once it was back. Which sessions it ends follows when router-gateway heard
 * them, not the order they are read in: a session heard of before the reboot is closed even when
 * its records are read after the Accounting-On, and one heard of after it stays open even when it
 * was read first. The router's clock came up wrong from the reboot (its Accounting-On says 1970),
 * as on boards without a battery, and changes nothing.
 */
@QuarkusTest
@WithAuthService
class RouterResetOrderTest {

    private static final Instant CLOCK_NOT_SET = Instant.parse("1970-01-01T00:02:10Z");

    @InjectKafka
    String kafka;

    @Inject
    MongoClient mongo;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String router = "router-" + run;
    private final String organization = "org-" + run;
    private final Instant reboot = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void theSessionsHeardOfBeforeTheRebootEndWhateverOrderTheyAreReadIn() throws Exception {
        try (AccountingProducer producer = new AccountingProducer(kafka, Topics.ACCOUNTING_RECORDS)) {
            producer.send(organization, List.of(
                    record("before", StatusType.START, 0, reboot.minusSeconds(60), reboot.minusSeconds(60)),
                    record("after", StatusType.START, 0, reboot.plusSeconds(5), reboot.plusSeconds(5))));
            awaitState("before", "OPEN");
            awaitState("after", "OPEN");

            producer.send(organization, List.of(record("", StatusType.ACCOUNTING_ON, 0, reboot, CLOCK_NOT_SET)));

            awaitState("before", "CLOSED");
            assertThat(session("before").getString("stopCause")).isEqualTo("NAS-Reboot");
            assertThat(session("before").getDate("stoppedAt").toInstant())
                    .as("the router's clock was not set: the session ends at its last update")
                    .isEqualTo(reboot.minusSeconds(60));
            assertThat(session("after").getString("state")).as("started after the reboot").isEqualTo("OPEN");

            // Sent before the reboot, read after the Accounting-On: its usage counts, and it ends.
            producer.send(organization, List.of(
                    record("late", StatusType.START, 0, reboot.minusSeconds(30), reboot.minusSeconds(30)),
                    record("late", StatusType.INTERIM_UPDATE, 4_000, reboot.minusSeconds(20), reboot.minusSeconds(20)),
                    record("after", StatusType.INTERIM_UPDATE, 7_000, reboot.plusSeconds(15), reboot.plusSeconds(15))));

            awaitState("late", "CLOSED");
            assertThat(session("late").getString("stopCause")).isEqualTo("NAS-Reboot");
            assertThat(session("late").getLong("bytesIn")).isEqualTo(4_000);
            await().atMost(Duration.ofSeconds(20)).until(() -> session("after").getLong("bytesIn") == 7_000);
            assertThat(session("after").getString("state")).isEqualTo("OPEN");
        }
    }

    @Test
    void aRetransmittedAccountingOnDoesNotEndTheSessionsStartedAfterItsFirstCopy() throws Exception {
        AccountingRecord on = record("", StatusType.ACCOUNTING_ON, 0, reboot, CLOCK_NOT_SET);
        try (AccountingProducer producer = new AccountingProducer(kafka, Topics.ACCOUNTING_RECORDS)) {
            awaitApplied(producer.send(organization, List.of(on)).get(0));
            producer.send(organization, List.of(
                    record("after", StatusType.START, 0, reboot.plusSeconds(1), reboot.plusSeconds(1))));
            awaitState("after", "OPEN");

            // The router had no answer in time and sent the same Accounting-On again, heard 3 s later.
            awaitApplied(producer.send(organization, List.of(withHeardAt(on, reboot.plusSeconds(3)))).get(0));

            assertThat(session("after").getString("state")).isEqualTo("OPEN");
        }
    }

    private static AccountingRecord withHeardAt(AccountingRecord r, Instant heardAt) {
        return new AccountingRecord(r.recordId(), r.routerId(), r.nasIdentifier(), r.nasIp(), r.site(), r.statusType(),
                r.acctSessionId(), r.sealedUserName(), r.voucherId(), r.mac(), r.framedIp(), r.inputOctets(),
                r.outputOctets(), r.inputPackets(), r.outputPackets(), r.sessionTime(), r.terminateCause(),
                r.eventTime(), heardAt);
    }

    /** Until session-service has committed the record's offset: it commits a batch once all of it is applied. */
    private void awaitApplied(RecordMetadata sent) {
        TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
        Map<String, Object> config = new HashMap<>(KafkaUsers.admin(kafka));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        try (Admin admin = Admin.create(config)) {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("session-service")
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() > sent.offset();
            });
        }
    }

    private AccountingRecord record(String session, StatusType status, long inputOctets, Instant heardAt,
            Instant routerClock) {
        String acctSessionId = session.isEmpty() ? "" : session + "-" + run;
        return new AccountingRecord(run + "-" + session + "-" + status + "-" + inputOctets, router, "hap-" + run,
                "127.0.0.1", "site-a", status, acctSessionId, null, null,
                session.isEmpty() ? null : "02:00:00:00:00:0" + session.length(), null, inputOctets, 0, 0, 0,
                status == StatusType.START || session.isEmpty() ? 0 : 60, null, routerClock, heardAt);
    }

    private Document session(String session) {
        return sessions().find(Filters.eq("_id", AccountingRecord.key(router, session + "-" + run))).first();
    }

    private void awaitState(String session, String state) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> session(session) != null && state.equals(session(session).getString("state")));
    }

    private MongoCollection<Document> sessions() {
        return mongo.getDatabase("hotspot-session").getCollection("sessions");
    }
}
