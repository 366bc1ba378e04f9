package org.hotspot.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads and writes a real topic of the test broker, as another service would: writes as the
 * service that produces the topic, reads as the broker's administrator ({@link KafkaUsers}).
 */
public final class Topic {

    private Topic() {
    }

    /**
     * Reads the topic from its start until {@code until} holds for the values matching {@code filter}
     * (or the timeout passes); those values, in order.
     */
    public static List<String> await(String bootstrap, String topic, Predicate<String> filter,
            Predicate<List<String>> until,
            Duration timeout) {
        Properties props = new Properties();
        props.putAll(KafkaUsers.admin(bootstrap));
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> matching = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline) && !until.test(matching)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (filter.test(record.value())) {
                        matching.add(record.value());
                    }
                }
            }
        }
        return matching;
    }

    public static void send(String bootstrap, String topic, String key, String value) {
        sendAll(bootstrap, topic, List.of(Map.entry(key, value)));
    }

    /** Keyed values sent in order by one producer, all at once: what a burst of events looks like to a consumer. */
    public static void sendAll(String bootstrap, String topic, List<Map.Entry<String, String>> keyedValues) {
        Properties props = new Properties();
        props.putAll(KafkaUsers.writerOf(bootstrap, topic));
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            List<Future<?>> sent = new ArrayList<>();
            for (Map.Entry<String, String> keyed : keyedValues) {
                sent.add(producer.send(new ProducerRecord<>(topic, keyed.getKey(), keyed.getValue())));
            }
            for (Future<?> each : sent) {
                each.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }
}
