package org.hotspot.voucher;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hotspot.infra.LocalRedis;
import org.hotspot.infra.Ports;

/**
 * A Redis of one test class's own, which the test stops and starts again: the shared one must stay
 * up for every other class. Its port and directory go through system properties, since Quarkus
 * loads test resources in another class loader than the test.
 */
public class StoppableRedisResource implements QuarkusTestResourceLifecycleManager {

    private static LocalRedis redis;
    private static int port;
    private static Path dir;

    @Override
    public synchronized Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("hotspot-stoppable-redis");
            port = Ports.free();
            redis = LocalRedis.start(dir, port, false, dir.resolve("redis.log"));
            System.setProperty("hotspot.test.stoppable-redis.port", Integer.toString(port));
            System.setProperty("hotspot.test.stoppable-redis.dir", dir.toString());
            return Map.of("quarkus.redis.hosts", redis.uri());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void stop() {
        if (redis != null) {
            redis.close();
            redis = null;
        }
    }

    /** Stops the test's Redis as an operator would, with SHUTDOWN, and waits until its port is closed. */
    static void stopRedis() {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.getOutputStream().write("SHUTDOWN NOSAVE\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // The server closes the connection as it exits.
            while (socket.getInputStream().read() >= 0) {
                // drain
            }
        } catch (IOException e) {
            // Already gone.
        }
    }

    /** Starts an empty Redis on the same port, as a restarted server without persistence comes back. */
    static LocalRedis startRedis() throws IOException {
        Path data = Path.of(System.getProperty("hotspot.test.stoppable-redis.dir"));
        LocalRedis again = LocalRedis.start(data, port(), false, data.resolve("redis-again.log"));
        // Not the resource's to stop: it goes with the test JVM (its guard would end it even on a crash).
        Runtime.getRuntime().addShutdownHook(new Thread(again::close));
        return again;
    }

    static int port() {
        return Integer.parseInt(System.getProperty("hotspot.test.stoppable-redis.port"));
    }
}
