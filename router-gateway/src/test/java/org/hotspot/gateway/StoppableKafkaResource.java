package org.hotspot.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hotspot.infra.KafkaBroker;
import org.hotspot.infra.Ports;
import org.hotspot.testing.KafkaUsers;

/**
 * A Kafka broker of one test class's own, which the test stops and starts again on the same port and
 * data: the shared broker must stay up for every other class. The port and directory go through
 * system properties, since Quarkus loads test resources in another class loader than the test.
 */
public class StoppableKafkaResource implements QuarkusTestResourceLifecycleManager {

    private static final String PORT = "hotspot.test.stoppable-kafka.port";
    private static final String CONTROLLER_PORT = "hotspot.test.stoppable-kafka.controller-port";
    private static final String DIR = "hotspot.test.stoppable-kafka.dir";
    private static final String PID = "hotspot.test.stoppable-kafka.pid";

    @Override
    public synchronized Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("hotspot-stoppable-kafka");
            System.setProperty(PORT, Integer.toString(Ports.free()));
            System.setProperty(CONTROLLER_PORT, Integer.toString(Ports.free()));
            System.setProperty(DIR, dir.toString());
            return KafkaUsers.serviceConfig(startBroker().bootstrapServers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void stop() {
        stopBroker();
    }

    /** Starts the broker on the same port and data it had; it goes with the test JVM. */
    public static KafkaBroker startBroker() throws IOException {
        Path dir = Path.of(System.getProperty(DIR));
        KafkaBroker broker = KafkaBroker.start(dir.resolve("data"), Integer.getInteger(PORT),
                Integer.getInteger(CONTROLLER_PORT), dir.resolve("kafka.log"));
        System.setProperty(PID, Long.toString(broker.pid()));
        KafkaUsers.register(broker);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
        return broker;
    }

    /** Stops the broker as a crash would, and waits until its process is gone. */
    public static void stopBroker() {
        String pid = System.getProperty(PID);
        if (pid == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid)).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
        System.clearProperty(PID);
    }

    public static String bootstrapServers() {
        return "127.0.0.1:" + Integer.getInteger(PORT);
    }
}
