package org.hotspot.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The broker the launcher and the tests run refuses a producer without credentials, and one
 * authenticated as a service that does not produce the topic, on every topic a service writes; the
 * service that produces it can.
 */
class KafkaAclTest {

    private static final List<String> TOPICS = List.of("accounting-records", "router-commands", "session-events",
            "voucher-events", "router-events", "router-commands-dlq", "audit-events-auth-service",
            "audit-events-voucher-service", "audit-events-session-service", "audit-events-router-gateway",
            "audit-events-portal-web");

    private static Path dir;
    private static KafkaBroker broker;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("kafka-acl-test");
        broker = KafkaBroker.start(dir.resolve("data"), Ports.free(), Ports.free(), dir.resolve("kafka.log"));
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void aProducerWithoutCredentialsWritesNoTopic() {
        for (String topic : TOPICS) {
            // The broker is up and takes the topic from its producer...
            String producer = KafkaAccess.USERS.stream()
                    .filter(user -> user.writes().contains(topic))
                    .findFirst().orElseThrow().name();
            assertThatCode(() -> send(broker.credentials().clientConfig(producer), topic)).as(topic)
                    .doesNotThrowAnyException();
            // ...but a client without credentials never gets as far as its metadata.
            assertThatThrownBy(() -> send(Map.of(), topic)).as(topic)
                    .isInstanceOf(TimeoutException.class);
        }
    }

    @Test
    void onlyTheServiceThatProducesATopicWritesIt() throws Exception {
        for (String topic : TOPICS) {
            List<String> writers = KafkaAccess.USERS.stream()
                    .filter(user -> user.writes().contains(topic))
                    .map(KafkaAccess.User::name)
                    .toList();
            assertThat(writers).as("writers of " + topic).hasSize(1);
            for (String service : KafkaAccess.SERVICES) {
                if (writers.contains(service)) {
                    send(broker.credentials().clientConfig(service), topic);
                } else {
                    assertThatThrownBy(() -> send(broker.credentials().clientConfig(service), topic))
                            .as(service + " writing " + topic)
                            .isInstanceOf(TopicAuthorizationException.class);
                }
            }
        }
    }

    @Test
    void onlyRouterGatewayReadsRouterCommands() {
        // session-service in a group it may use, on a topic it may not read: the Disconnects stay unseen.
        assertThatThrownBy(() -> poll("session-service", "session-service", "router-commands"))
                .isInstanceOf(TopicAuthorizationException.class);
        poll("router-gateway", "router-gateway-commands", "router-commands");
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> forged = Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", KafkaCredentials.jaas("router-gateway", "guessed"));
        assertThatThrownBy(() -> send(forged, "accounting-records")).isInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void passwordsAreOwnerOnly() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(broker.credentials().file())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data/server.properties"))))
                .isEqualTo("rw-------");
    }

    /** Subscribes as {@code user} and polls for a few seconds. */
    private void poll(String user, String group, String topic) {
        Map<String, Object> config = new HashMap<>(broker.credentials().clientConfig(user));
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500));
            }
        }
    }

    private void send(Map<String, Object> security, String topic) throws Exception {
        Map<String, Object> config = new HashMap<>(security);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "forged")).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }
}
