package org.hotspot.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import redis.embedded.core.ExecutableProvider;

/**
 * A real Redis server on loopback: {@code redis-server} from the PATH, else the Redis binary that
 * the embedded-redis artifact bundles, so a machine with only a JDK works.
 */
public final class LocalRedis implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalRedis.class);

    private final ChildProcess process;
    private final int port;
    private final String source;

    private LocalRedis(ChildProcess process, int port, String source) {
        this.process = process;
        this.port = port;
        this.source = source;
    }

    /**
     * Starts Redis on {@code port} with its files in {@code dataDir}. With {@code persistent} the
     * data survives restarts (append-only file); without, nothing is written to disk.
     */
    public static LocalRedis start(Path dataDir, int port, boolean persistent, Path log) throws IOException {
        Path onPath = Executables.onPath("redis-server").orElse(null);
        if (onPath == null) {
            return startBundled(dataDir, port, persistent, log);
        }
        return start(onPath, "redis-server on PATH (" + onPath + ")", dataDir, port, persistent, log);
    }

    /** Starts the Redis binary bundled in embedded-redis, as on a machine with only a JDK. */
    static LocalRedis startBundled(Path dataDir, int port, boolean persistent, Path log) throws IOException {
        Path binary = ExecutableProvider.newJarResourceProvider().get().toPath();
        return start(binary, "bundled embedded-redis binary", dataDir, port, persistent, log);
    }

    private static LocalRedis start(Path binary, String source, Path dataDir, int port, boolean persistent,
            Path log) throws IOException {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(binary.toString(),
                "--port", Integer.toString(port),
                "--bind", "127.0.0.1",
                "--dir", dataDir.toString(),
                "--daemonize", "no",
                "--protected-mode", "yes",
                "--save", "",
                // Bounded like production: the cache evicts least recently used keys rather than refuse writes.
                "--maxmemory", "256mb",
                "--maxmemory-policy", "allkeys-lru"));
        command.addAll(persistent ? List.of("--appendonly", "yes") : List.of("--appendonly", "no"));
        ChildProcess process = ChildProcess.nativeProgram("redis", command, Map.of(), log);
        LocalRedis redis = new LocalRedis(process, port, source);
        try {
            Await.until("Redis on port " + port + " (log: " + log + ")", Duration.ofSeconds(30), process::isAlive,
                    redis::answersPing);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        LOG.infof("Redis ready on %s from %s", redis.uri(), source);
        return redis;
    }

    /** {@code redis://127.0.0.1:port}. */
    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** Which binary runs: for the logs, so a reader knows which path ran. */
    public String source() {
        return source;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(15));
    }

    private boolean answersPing() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return "+PONG\r\n".equals(new String(reply, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }
}
