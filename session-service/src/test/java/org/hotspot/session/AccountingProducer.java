package org.hotspot.session;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.testing.KafkaUsers;

/** Puts accounting records on a topic as router-gateway does: each an event under its session's key, acks=all. */
final class AccountingProducer implements AutoCloseable {

    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, String> producer;
    private final String topic;

    AccountingProducer(String bootstrap, String topic) {
        Properties props = new Properties();
        // As router-gateway on accounting-records; as the administrator on a test's own topic.
        props.putAll(KafkaUsers.writerOf(bootstrap, topic));
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(props);
        this.topic = topic;
    }

    /** Sends the records in order and waits until the broker holds them all; where each landed. */
    List<RecordMetadata> send(String organizationId, List<AccountingRecord> records) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (AccountingRecord record : records) {
            Event<AccountingRecord> event = Event.of(AccountingRecord.TYPE, organizationId, record, Clock.systemUTC());
            acks.add(producer.send(new ProducerRecord<>(topic, record.key(), new String(codec.encode(event), UTF_8))));
        }
        producer.flush();
        List<RecordMetadata> landed = new ArrayList<>();
        for (Future<RecordMetadata> ack : acks) {
            landed.add(ack.get());
        }
        return landed;
    }

    /** Sends a value as it is, whatever it holds. */
    void sendRaw(String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
