package org.hotspot.session;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.Topics;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.session.VoucherUsage;
import org.hotspot.session.RouterTraffic.SessionEnd;
import org.hotspot.session.RouterTraffic.Sums;
import org.hotspot.session.usage.Dimension;
import org.hotspot.session.usage.Interval;
import org.hotspot.session.usage.UsageCollections;
import org.hotspot.testing.KafkaTestResource;
import org.hotspot.testing.MongoTestResource;
import org.hotspot.testing.ServiceProcess;
import org.hotspot.testing.Topic;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service stopped during a stream of 10,000 accounting records and started again ends with
 * exact totals. The packaged session-service runs as a child process on a topic, consumer group and
 * database of its own; it is killed (SIGKILL, as a crash or the OOM killer would) once part of the
 * first 4,000 records is applied, the rest is sent while it is down, and a new process finishes.
 * What the first one applied but had not committed is read again and must count once, as must
 * the routers' retransmissions: in every session, every sample, the hourly and daily roll-ups, and
 * each voucher's last {@code VoucherUsage}.
 */
class RestartDuringAccountingTest {

    private static final Logger LOG = Logger.getLogger(RestartDuringAccountingTest.class);
    private static final int SESSIONS = 50;
    /** A Start, 198 Interim-Updates and a Stop. */
    private static final int RECORDS_PER_SESSION = 200;
    private static final int VOUCHERS = 10;
    private static final int PARTITIONS = 4;
    private static final int SENT_BEFORE_KILL = 4_000;
    private static final long APPLIED_BEFORE_KILL = 1_000;
    private static final Duration FINISH = Duration.ofSeconds(120);

    private final EventCodec codec = new EventCodec();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topic = "accounting-records-" + run;
    private final String group = "session-service-" + run;
    private final String database = "test-restart-" + run;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private String kafka;
    private MongoClient mongo;
    private KafkaProducer<String, String> producer;

    /** Where a record landed on the topic. */
    private record Sent(AccountingRecord record, TopicPartition partition, long offset) {
    }

    @BeforeEach
    void aTopicOfItsOwn() throws Exception {
        kafka = new KafkaTestResource().start().get("kafka.bootstrap.servers");
        mongo = MongoClients.create(new MongoTestResource().start().get("quarkus.mongodb.connection-string"));
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
        }
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
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
        List<AccountingRecord> all = traffic.sent();
        ServiceProcess first = start();
        List<Sent> sent = new ArrayList<>(send(traffic, all.subList(0, SENT_BEFORE_KILL)));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> applied(sessions()) >= APPLIED_BEFORE_KILL);
        first.kill();

        Map<String, SessionEnd> atKill = sessions();
        long appliedAtKill = applied(atKill);
        assertThat(appliedAtKill).as("records applied when killed, of the %d sent", SENT_BEFORE_KILL)
                .isBetween(APPLIED_BEFORE_KILL, (long) SENT_BEFORE_KILL * 9 / 10);
        sent.addAll(send(traffic, all.subList(SENT_BEFORE_KILL, all.size())));
        long redelivered = redelivered(traffic, sent, atKill, committed());

        Instant restarting = Instant.now();
        start();
        Instant ready = Instant.now();
        AtomicReference<Instant> resumed = new AtomicReference<>();
        await().atMost(FINISH).pollInterval(Duration.ofMillis(200)).until(() -> {
            Map<String, SessionEnd> now = sessions();
            if (applied(now) > appliedAtKill) {
                resumed.compareAndSet(null, Instant.now());
            }
            return applied(now) >= traffic.distinct()
                    && now.values().stream().allMatch(session -> session.state().equals(SessionState.CLOSED.name()));
        });
        Instant done = Instant.now();
        LOG.infof("Killed with %d of %d records applied; %d records read again after the restart; ready in %d ms, "
                        + "first record applied %d ms after ready, then %.0f records/s", appliedAtKill, traffic.distinct(),
                redelivered, Duration.between(restarting, ready).toMillis(),
                Duration.between(ready, resumed.get()).toMillis(),
                (traffic.distinct() - appliedAtKill) * 1000.0 / Math.max(1, Duration.between(ready, done).toMillis()));

        assertThat(sessions()).isEqualTo(traffic.sessions());
        assertThat(samples()).isEqualTo(traffic.samples());
        assertThat(rollups(Interval.HOUR)).isEqualTo(traffic.byVoucher(at -> at.truncatedTo(ChronoUnit.HOURS)));
        assertThat(rollups(Interval.DAY)).isEqualTo(traffic.byVoucher(at -> at.truncatedTo(ChronoUnit.DAYS)));
        Map<String, VoucherUsage> expected = voucherTotals(traffic.sessions());
        assertThat(lastVoucherUsage(expected)).isEqualTo(expected);
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
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (AccountingRecord record : records) {
            Event<AccountingRecord> event = Event.of(AccountingRecord.TYPE, traffic.organization(), record,
                    Clock.systemUTC());
            acks.add(producer.send(new ProducerRecord<>(topic, record.key(), new String(codec.encode(event), UTF_8))));
        }
        producer.flush();
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            RecordMetadata ack = acks.get(i).get();
            sent.add(new Sent(records.get(i), new TopicPartition(ack.topic(), ack.partition()), ack.offset()));
        }
        return sent;
    }

    /** The group's committed offsets: where a new consumer of the group starts. */
    private Map<TopicPartition, Long> committed() throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
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

    private MongoDatabase db() {
        return mongo.getDatabase(database);
    }

    /** Every stored session, by key. */
    private Map<String, SessionEnd> sessions() {
        Map<String, SessionEnd> sessions = new HashMap<>();
        for (Document session : db().getCollection("sessions").find()) {
            sessions.put(session.getString("_id"), new SessionEnd(session.getString("voucherId"),
                    session.getString("state"), session.getString("stopCause"), number(session, "bytesIn"),
                    number(session, "bytesOut"), number(session, "sessionTime"), number(session, "sequence")));
        }
        return sessions;
    }

    private static long applied(Map<String, SessionEnd> sessions) {
        return sessions.values().stream().mapToLong(SessionEnd::sequence).sum();
    }

    /** Every stored sample, by record id. */
    private Map<String, Sums> samples() {
        Map<String, Sums> samples = new HashMap<>();
        for (Document sample : db().getCollection(UsageCollections.SAMPLES).find()) {
            samples.put(sample.getString("_id"), new Sums(number(sample, "bytesIn"), number(sample, "bytesOut"),
                    number(sample, "seconds"), 1));
        }
        return samples;
    }

    /** The voucher roll-ups of an interval, their shards summed: by voucher and bucket start. */
    private Map<String, Map<Instant, Sums>> rollups(Interval interval) {
        Map<String, Map<Instant, Sums>> sums = new HashMap<>();
        for (Document bucket : db().getCollection(UsageCollections.ROLLUPS).find(Filters.and(
                Filters.eq("dimension", Dimension.VOUCHER.apiName()), Filters.eq("interval", interval.apiName())))) {
            sums.computeIfAbsent(bucket.getString("key"), voucher -> new HashMap<>())
                    .merge(bucket.getDate("bucketStart").toInstant(), new Sums(number(bucket, "bytesIn"),
                            number(bucket, "bytesOut"), number(bucket, "seconds"), number(bucket, "samples")), Sums::plus);
        }
        return sums;
    }

    /** Each voucher's totals as its sessions add up, none of them open; {@code asOf} left out. */
    private static Map<String, VoucherUsage> voucherTotals(Map<String, SessionEnd> sessions) {
        Map<String, VoucherUsage> totals = new HashMap<>();
        for (SessionEnd session : sessions.values()) {
            totals.merge(session.voucherId(), new VoucherUsage(session.voucherId(), session.sessionTime(),
                    session.bytesIn(), session.bytesOut(), List.of(), null), (a, b) -> new VoucherUsage(a.voucherId(),
                    a.timeUsedSeconds() + b.timeUsedSeconds(), a.bytesIn() + b.bytesIn(), a.bytesOut() + b.bytesOut(),
                    List.of(), null));
        }
        return totals;
    }

    /**
     * Each voucher's latest {@code VoucherUsage} on {@code session-events} (the newest {@code asOf}
     * wins, as voucher-service takes them), read until all of them are as expected or a minute passes.
     */
    private Map<String, VoucherUsage> lastVoucherUsage(Map<String, VoucherUsage> expected) {
        Map<String, VoucherUsage> latest = new HashMap<>();
        int[] read = {0};
        Predicate<List<String>> caughtUp = values -> {
            for (; read[0] < values.size(); read[0]++) {
                VoucherUsage usage = codec.decode(values.get(read[0]).getBytes(UTF_8), VoucherUsage.TYPE).payload();
                latest.merge(usage.voucherId(), usage, (was, now) -> now.asOf().isBefore(was.asOf()) ? was : now);
            }
            return withoutAsOf(latest).equals(expected);
        };
        caughtUp.test(Topic.await(kafka, Topics.SESSION_EVENTS, value -> value.contains(run)
                        && codec.peek(value.getBytes(UTF_8)).type().equals(VoucherUsage.TYPE.name()),
                caughtUp, Duration.ofSeconds(60)));
        return withoutAsOf(latest);
    }

    private static Map<String, VoucherUsage> withoutAsOf(Map<String, VoucherUsage> usage) {
        Map<String, VoucherUsage> without = new HashMap<>();
        usage.forEach((voucher, read) -> without.put(voucher, new VoucherUsage(voucher, read.timeUsedSeconds(),
                read.bytesIn(), read.bytesOut(), read.openSessions(), null)));
        return without;
    }

    private static long number(Document document, String field) {
        Number value = document.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }
}
