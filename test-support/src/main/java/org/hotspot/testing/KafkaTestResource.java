package org.hotspot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import org.hotspot.infra.KafkaBroker;
import org.hotspot.infra.Ports;
import org.jboss.logging.Logger;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Kafka broker for Quarkus tests, shared by every test class of the JVM: the
 * {@code apache/kafka} image when a Docker engine answers, else Kafka's own jars in KRaft mode in a
 * child JVM.
 */
public class KafkaTestResource extends SharedServerResource {

    private static final Logger LOG = Logger.getLogger(KafkaTestResource.class);
    private static final String IMAGE = "apache/kafka:4.1.1";

    @Override
    protected String configKey() {
        return "kafka.bootstrap.servers";
    }

    @Override
    protected Class<? extends Annotation> injectAnnotation() {
        return InjectKafka.class;
    }

    @Override
    protected String startContainer() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        container.start();
        JvmScoped.stopAtExit("kafka", container::stop);
        LOG.infof("Tests use Kafka from the %s container at %s", IMAGE, container.getBootstrapServers());
        return container.getBootstrapServers();
    }

    @Override
    protected String startLocal() {
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
