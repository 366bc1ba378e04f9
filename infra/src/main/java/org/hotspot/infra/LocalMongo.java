package org.hotspot.infra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * A MongoDB server on loopback: a real {@code mongod} from the PATH when there is one, else the
 * wire-compatible mongo-java-server in this JVM (H2 file backend when data must survive restarts,
 * memory backend otherwise).
 *
 * <p>mongo-java-server lacks transactions, TTL expiry, partial indexes and {@code $text}; the
 * services are written so they need none of them.
 */
public final class LocalMongo implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalMongo.class);

    private final int port;
    private final String source;
    private final ChildProcess mongod;
    private final MongoServer embedded;

    private LocalMongo(int port, String source, ChildProcess mongod, MongoServer embedded) {
        this.port = port;
        this.source = source;
        this.mongod = mongod;
        this.embedded = embedded;
    }

    /**
     * Starts MongoDB on {@code port}. {@code dataDir} null means in memory only (tests); otherwise
     * the data lives there and survives restarts.
     */
    public static LocalMongo start(Path dataDir, int port, Path log) throws IOException {
        var mongodBinary = Executables.onPath("mongod");
        if (mongodBinary.isPresent()) {
            return startMongod(mongodBinary.get(), dataDir, port, log);
        }
        MongoServer server;
        String source;
        if (dataDir == null) {
            server = new MongoServer(new MemoryBackend());
            source = "embedded mongo-java-server (memory backend)";
        } else {
            Files.createDirectories(dataDir);
            // H2's defaults (a 16 MB page cache, a 1 MB write buffer) made a 100,000-voucher batch
            // take 85 s to store; a larger cache and buffer bring the same inserts to about 33 s.
            MVStore store = new MVStore.Builder()
                    .fileName(dataDir.resolve("mongo.mv").toString())
                    .cacheSize(256)
                    .autoCommitBufferSize(64 * 1024)
                    .open();
            server = new MongoServer(new H2Backend(store));
            source = "embedded mongo-java-server (H2 file backend, " + dataDir + ")";
        }
        server.bind("127.0.0.1", port);
        LOG.infof("MongoDB ready on port %d: %s", port, source);
        return new LocalMongo(port, source, null, server);
    }

    private static LocalMongo startMongod(Path binary, Path dataDir, int port, Path log) throws IOException {
        Path dbPath = dataDir != null ? dataDir : Files.createTempDirectory("hotspot-mongod");
        Files.createDirectories(dbPath);
        ChildProcess process = ChildProcess.nativeProgram("mongod", List.of(binary.toString(),
                "--dbpath", dbPath.toString(), "--port", Integer.toString(port), "--bind_ip", "127.0.0.1"),
                Map.of(), log);
        try {
            Await.until("mongod on port " + port + " (log: " + log + ")", Duration.ofSeconds(60), process::isAlive,
                    () -> Ports.listening(port));
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        String source = "mongod on PATH (" + binary + ")";
        LOG.infof("MongoDB ready on port %d: %s", port, source);
        return new LocalMongo(port, source, process, null);
    }

    /** {@code mongodb://127.0.0.1:port}. */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    /** Which server runs: for the logs, so a reader knows which path ran. */
    public String source() {
        return source;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.shutdown();
        }
        if (mongod != null) {
            mongod.stop(Duration.ofSeconds(30));
        }
    }
}
