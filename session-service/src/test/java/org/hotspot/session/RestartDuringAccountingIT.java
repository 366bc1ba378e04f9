package org.hotspot.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.session.VoucherUsage;
import org.hotspot.session.RouterTraffic.SessionEnd;
import org.hotspot.session.usage.Interval;
import org.hotspot.testing.KafkaTestResource;
import org.hotspot.testing.KafkaUsers;
import org.hotspot.testing.MongoTestResource;
import org.hotspot.testing.ServiceProcess;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service stopped during a stream of 10,000 accounting records and started again ends with
 * exact totals. The packaged session-service runs as a child process on a topic, consumer group and
 * database of its own; it is killed (SIGKILL, as a crash or the OOM killer would) once part of the
 * first 4,000 records sent is applied, the rest is sent while it is down, and a new process finishes.
 * What the first one applied but had not committed is read again and must count once, as must
 * the routers' retransmissions: in every session, every sample, the hourly and daily roll-ups, and
 * each voucher's last {@code VoucherUsage}.
 */
class RestartDuringAccountingIT {

    private static final Logger LOG = Logger.getLogger(RestartDuringAccountingIT.class);
    private static final int SESSIONS = 50;
    /** A Start, 198 Interim-Updates and a Stop. */
    private static final int RECORDS_PER_SESSION = 200;
    private static final int VOUCHERS = 10;
    private static final int PARTITIONS = 4;
    private static final int SENT_BEFORE_KILL = 4_000;
    private static final long APPLIED_BEFORE_KILL = 300;
    /**
     * The longest wait for the next record to be applied: a restarted consumer waits for the
     * broker to drop the killed one from the group (its session timeout, 10 s as configured).
     */
    private static final Duration STALL = Duration.ofSeconds(90);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topic = "accounting-records-" + run;
    private final String group = "session-service-" + run;
    private final String database = "test-restart-" + run;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private String kafka;
    private MongoClient mongo;
    private AccountingProducer producer;
    private StoredUsage stored;

    /** Where a record landed on the topic. */
    private record Sent(AccountingRecord record, TopicPartition partition, long offset) {
    }

    @BeforeEach
    void aTopicOfItsOwn() throws Exception {
        kafka = new KafkaTestResource().start().get("kafka.bootstrap.servers");
        mongo = MongoClients.create(new MongoTestResource().start().get("quarkus.mongodb.connection-string"));
        stored = new StoredUsage(mongo.getDatabase(database));
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
        }
        KafkaUsers.allowRead(kafka, "session-service", topic, group);
        producer = new AccountingProducer(kafka, topic);
    }

    @AfterEach
    void cleanUp() {
        processes.forEach(ServiceProcess::close);
        producer.close();
        mongo.getDatabase(database).drop();
        mongo.close();
    }

    @Test
    void killedMidStreamAndStartedAgainEndsWithExactTotals() throws Exception {
        RouterTraffic traffic = RouterTraffic.generate(run, "org-" + run, SESSIONS, RECORDS_PER_SESSION, VOUCHERS,
                run.hashCode());
        LOG.infof("Run %s: %d records of %d sessions, %d of them retransmissions (seed %d)", run, traffic.sent().size(),
                SESSIONS, traffic.sent().size() - traffic.distinct(), run.hashCode());
        List<AccountingRecord> beforeKill = traffic.sent().subList(0, SENT_BEFORE_KILL);
        List<AccountingRecord> afterKill = traffic.sent().subList(SENT_BEFORE_KILL, traffic.sent().size());
        ServiceProcess first = start();
        List<Sent> sent = new ArrayList<>(send(traffic, beforeKill));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> stored.applied() >= APPLIED_BEFORE_KILL);
        killJustAfterAWrite(first);

        Map<String, SessionEnd> atKill = stored.sessions();
        long appliedAtKill = applied(atKill);
        long distinctBeforeKill = beforeKill.stream().map(AccountingRecord::recordId).distinct().count();
        assertThat(appliedAtKill).as("records applied when killed: some, not all of those sent")
                .isBetween(APPLIED_BEFORE_KILL, distinctBeforeKill - 1);
        boolean cutShort = cutShort(traffic, atKill);
        sent.addAll(send(traffic, afterKill));
        long redelivered = redelivered(traffic, sent, atKill, committed());

        Instant restarting = Instant.now();
        start();
        Instant ready = Instant.now();
        Instant resumed = awaitEveryRecord(traffic.distinct(), appliedAtKill);
        Duration applying = Duration.between(resumed, Instant.now());
        long afterRestart = traffic.distinct() - appliedAtKill;
        LOG.infof("Killed with %d of %d records applied (the last one's roll-ups cut short: %s), %d records read "
                + "again. Ready again in %d ms, the first record applied %d ms later, then %d records in %d ms "
                + "(%.0f/s)",
                appliedAtKill, traffic.distinct(), cutShort, redelivered,
                Duration.between(restarting, ready).toMillis(),
                Duration.between(ready, resumed).toMillis(), afterRestart, applying.toMillis(),
                afterRestart * 1000.0 / Math.max(1, applying.toMillis()));

        assertThat(stored.sessions()).isEqualTo(traffic.sessions());
        assertThat(stored.samples()).isEqualTo(traffic.samples());
        assertThat(stored.voucherRollups(Interval.HOUR))
                .isEqualTo(traffic.byVoucher(at -> at.truncatedTo(ChronoUnit.HOURS)));
        assertThat(stored.voucherRollups(Interval.DAY))
                .isEqualTo(traffic.byVoucher(at -> at.truncatedTo(ChronoUnit.DAYS)));
        Map<String, VoucherUsage> expected = traffic.voucherUsage();
        assertThat(LatestVoucherUsage.read(kafka, run, expected)).isEqualTo(expected);
    }

    /** Starts the packaged service on this test's topic, group and database; ready when returned. */
    private ServiceProcess start() {
        ServiceProcess process = ServiceProcess.start("session-service", Map.of(
                "QUARKUS_MONGODB_DATABASE", database,
                "MP_MESSAGING_INCOMING_ACCOUNTING_IN_TOPIC", topic,
                "MP_MESSAGING_INCOMING_ACCOUNTING_IN_GROUP_ID", group,
                // The records are hours old, a backlog: the stale sweep would close sessions whose
                // records are still on the topic, and how many it caught would depend on timing.
                "HOTSPOT_SESSION_STALE_AFTER_INTERVALS", "100000",
                // Nothing here carries a token, so no JWKS is fetched: nothing needs to listen there.
                "HOTSPOT_AUTH_URL", "http://127.0.0.1:9"));
        processes.add(process);
        return process;
    }

    /** Sends the records in order, each under its session's key as router-gateway does; where each landed. */
    private List<Sent> send(RouterTraffic traffic, List<AccountingRecord> records) throws Exception {
        List<RecordMetadata> acks = producer.send(traffic.organization(), records);
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            RecordMetadata ack = acks.get(i);
            sent.add(new Sent(records.get(i), new TopicPartition(ack.topic(), ack.partition()), ack.offset()));
        }
        return sent;
    }

    private Admin admin() {
        Map<String, Object> config = new HashMap<>(KafkaUsers.admin(kafka));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        return Admin.create(config);
    }

    /** The group's committed offsets: where a new consumer of the group starts. */
    private Map<TopicPartition, Long> committed() throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                    .forEach((partition, offset) -> offsets.put(partition, offset == null ? 0 : offset.offset()));
            return offsets;
        }
    }

    /**
     * How many records the new process reads that the killed one had got through: between the
     * committed offset and the last record applied, partition by partition. A partition is read
     * in order, so everything before a record applied was read.
     */
    private static long redelivered(RouterTraffic traffic, List<Sent> sent, Map<String, SessionEnd> atKill,
            Map<TopicPartition, Long> committed) {
        Map<TopicPartition, Long> lastApplied = new HashMap<>();
        for (Sent one : sent) {
            SessionEnd session = atKill.get(one.record().key());
            if (session != null && traffic.placeOf(one.record()) < session.sequence()) {
                lastApplied.merge(one.partition(), one.offset(), Math::max);
            }
        }
        return sent.stream()
                .filter(one -> one.offset() >= committed.getOrDefault(one.partition(), 0L)
                        && one.offset() <= lastApplied.getOrDefault(one.partition(), -1L))
                .count();
    }

    /**
     * Kills the service as soon as it has written a session: what follows the write (the sample,
     * the roll-ups, the voucher's totals) may then be under way, for the redelivery of that record
     * to finish. Whether it was is a matter of milliseconds; the test logs it.
     */
    private void killJustAfterAWrite(ServiceProcess service) {
        long before = stored.applied();
        Instant deadline = Instant.now().plusSeconds(30);
        while (stored.applied() == before) {
            assertThat(Instant.now()).as("a session written within 30 s").isBefore(deadline);
        }
        service.kill();
    }

    /** Whether the kill fell between a record's session write and the end of its roll-ups. */
    private boolean cutShort(RouterTraffic traffic, Map<String, SessionEnd> atKill) {
        Predicate<AccountingRecord> applied = record -> atKill.containsKey(record.key())
                && traffic.placeOf(record) < atKill.get(record.key()).sequence();
        Function<Instant, Instant> hour = at -> at.truncatedTo(ChronoUnit.HOURS);
        return !stored.voucherRollups(Interval.HOUR).equals(traffic.byVoucher(hour, applied));
    }

    /**
     * Waits until every record is applied and every session closed; when the first record after
     * {@code from} was. Bounded by progress rather than in all: a loaded machine applies records
     * more slowly, a stuck or looping consumer applies none.
     */
    private Instant awaitEveryRecord(long distinct, long from) {
        long[] last = {from};
        Instant[] progressed = {Instant.now()};
        Instant[] resumed = {null};
        await("every record applied").atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Map<String, SessionEnd> now = stored.sessions();
                    long applied = applied(now);
                    if (applied > last[0]) {
                        last[0] = applied;
                        progressed[0] = Instant.now();
                        resumed[0] = resumed[0] == null ? progressed[0] : resumed[0];
                    }
                    assertThat(Duration.between(progressed[0], Instant.now()))
                            .as("time without a record applied, at %d of %d", applied, distinct).isLessThan(STALL);
                    return applied >= distinct
                            && now.values().stream().allMatch(s -> s.state().equals(SessionState.CLOSED.name()));
                });
        return resumed[0] == null ? Instant.now() : resumed[0];
    }

    private static long applied(Map<String, SessionEnd> sessions) {
        return sessions.values().stream().mapToLong(SessionEnd::sequence).sum();
    }
}
