package org.hotspot.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.Topics;
import org.hotspot.events.audit.AuditEntry;
import org.hotspot.events.audit.AuditEntry.Result;
import org.hotspot.testing.KafkaUsers;

/**
 * Values put straight onto a service's audit topic with a plain Kafka producer authenticated as that
 * service, as its bytes would arrive: chosen times, the same event twice, or something that is no
 * event at all.
 */
final class AuditEvents implements AutoCloseable {

    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, String> producer;
    private final String topic;

    /** As voucher-service, on its audit topic. */
    AuditEvents(String bootstrapServers) {
        this(bootstrapServers, "voucher-service");
    }

    AuditEvents(String bootstrapServers, String service) {
        topic = Topics.auditEvents(service);
        Properties config = new Properties();
        config.putAll(KafkaUsers.as(bootstrapServers, service));
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(config);
    }

    /** A new audit event of the organization, by {@code actor}, at {@code occurredAt}. */
    static Event<AuditEntry> event(String organizationId, Instant occurredAt, String actor, String action) {
        AuditEntry entry = new AuditEntry(actor, action, "operator", "op-" + UUID.randomUUID(), "192.0.2.7",
                Result.SUCCESS, "from a test", "test-service");
        return new Event<>(UUID.randomUUID(), AuditEntry.TYPE.name(), AuditEntry.TYPE.version(), occurredAt,
                organizationId, entry);
    }

    /** Sends the event keyed by its organization, as AuditLog does; returns when the broker has it. */
    void send(Event<AuditEntry> event) throws Exception {
        sendRaw(event.organizationId(), encoded(event));
    }

    /** Sends the values keyed by {@code key}, all at once, in order; returns when the broker has them all. */
    void sendAllRaw(String key, List<String> values) throws Exception {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (String value : values) {
            sent.add(producer.send(new ProducerRecord<>(topic, key, value)));
        }
        for (Future<RecordMetadata> each : sent) {
            each.get(30, TimeUnit.SECONDS);
        }
    }

    /** The event as AuditLog would put it on the topic. */
    String encoded(Event<AuditEntry> event) {
        return new String(codec.encode(event), UTF_8);
    }

    /** Sends any value; returns when the broker has it. */
    void sendRaw(String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        producer.close();
    }
}
