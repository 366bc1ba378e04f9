package org.hotspot.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.hotspot.infra.KafkaBroker;
import org.hotspot.infra.Ports;
import org.jboss.logging.Logger;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Kafka broker for Quarkus tests, started once per test JVM and shared by every test class:
 * the {@code apache/kafka} image when a Docker engine answers, else Kafka's own jars in KRaft mode
 * in a child JVM.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(KafkaTestResource.class);
    private static final String IMAGE = "apache/kafka:4.1.1";

    private static String bootstrapServers;

    /** The shared broker's bootstrap servers, starting it on first call. */
    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            bootstrapServers = Docker.available() ? startContainer() : startLocal();
        }
        return bootstrapServers;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM: stopped at JVM exit, not per class.
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(bootstrapServers(),
                new TestInjector.AnnotatedAndMatchesType(InjectKafka.class, String.class));
    }

    private static String startContainer() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        container.start();
        JvmScoped.stopAtExit("kafka", container::stop);
        LOG.infof("Tests use Kafka from the %s container at %s", IMAGE, container.getBootstrapServers());
        return container.getBootstrapServers();
    }

    private static String startLocal() {
        Path dir = JvmScoped.temporaryDirectory("hotspot-test-kafka");
        try {
            KafkaBroker broker = KafkaBroker.start(dir.resolve("data"), Ports.free(), Ports.free(),
                    dir.resolve("kafka.log"));
            JvmScoped.stopAtExit("kafka", () -> {
                broker.close();
                JvmScoped.deleteRecursively(dir);
            });
            LOG.infof("Tests use a local Kafka broker (KRaft, child JVM %d, no Docker engine) at %s",
                    broker.pid(), broker.bootstrapServers());
            return broker.bootstrapServers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
