package org.hotspot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.Map;
import org.hotspot.infra.KafkaBroker;
import org.hotspot.infra.Ports;
import org.jboss.logging.Logger;

/**
 * A real Kafka broker for Quarkus tests, shared by every test class of the JVM: Kafka's own jars in
 * KRaft mode in a child JVM, with SASL/SCRAM and the ACLs the launcher's broker has
 * ({@link KafkaBroker}). The service under test connects as its own user ({@link KafkaUsers}), with
 * the Kafka settings it ships with.
 */
public class KafkaTestResource extends SharedServerResource {

    private static final Logger LOG = Logger.getLogger(KafkaTestResource.class);

    @Override
    protected String configKey() {
        return "kafka.bootstrap.servers";
    }

    @Override
    protected Class<? extends Annotation> injectAnnotation() {
        return InjectKafka.class;
    }

    @Override
    public Map<String, String> start() {
        return KafkaUsers.serviceConfig(address());
    }

    /** Always the local broker, even with a Docker engine: only it has our users and ACLs. */
    @Override
    protected String resolve() {
        return startLocal();
    }

    @Override
    protected String startContainer() {
        return startLocal();
    }

    @Override
    protected String startLocal() {
        Path dir = JvmScoped.temporaryDirectory("hotspot-test-kafka");
        try {
            KafkaBroker broker = KafkaBroker.start(dir.resolve("data"), Ports.free(), Ports.free(),
                    dir.resolve("kafka.log"));
            KafkaUsers.register(broker);
            JvmScoped.stopAtExit("kafka", () -> {
                broker.close();
                JvmScoped.deleteRecursively(dir);
            });
            LOG.infof("Tests use a local Kafka broker (KRaft, SASL/SCRAM and ACLs, child JVM %d) at %s",
                    broker.pid(), broker.bootstrapServers());
            return broker.bootstrapServers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
