package org.hotspot.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.hotspot.infra.LocalMongo;
import org.hotspot.infra.Ports;
import org.jboss.logging.Logger;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * A MongoDB server for Quarkus tests, started once per test JVM: the {@code mongo:7} image when a
 * Docker engine answers, else {@code mongod} from the PATH, else the wire-compatible
 * mongo-java-server in memory. {@code HOTSPOT_TEST_MONGODB_URI} points the tests at an existing
 * server instead.
 */
public class MongoTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(MongoTestResource.class);
    private static final String IMAGE = "mongo:7";

    private static String connectionString;

    /** The shared server's connection string, starting it on first call. */
    public static synchronized String connectionString() {
        if (connectionString == null) {
            String given = System.getenv("HOTSPOT_TEST_MONGODB_URI");
            if (given != null && !given.isBlank()) {
                LOG.infof("Tests use the MongoDB given in HOTSPOT_TEST_MONGODB_URI");
                connectionString = given;
            } else {
                connectionString = Docker.available() ? startContainer() : startLocal();
            }
        }
        return connectionString;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.mongodb.connection-string", connectionString());
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM: stopped at JVM exit, not per class.
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(connectionString(),
                new TestInjector.AnnotatedAndMatchesType(InjectMongo.class, String.class));
    }

    private static String startContainer() {
        MongoDBContainer container = new MongoDBContainer(IMAGE);
        container.start();
        JvmScoped.stopAtExit("mongo", container::stop);
        LOG.infof("Tests use MongoDB from the %s container", IMAGE);
        return container.getConnectionString();
    }

    private static String startLocal() {
        Path dir = JvmScoped.temporaryDirectory("hotspot-test-mongo");
        try {
            LocalMongo mongo = LocalMongo.start(null, Ports.free(), dir.resolve("mongo.log"));
            JvmScoped.stopAtExit("mongo", () -> {
                mongo.close();
                JvmScoped.deleteRecursively(dir);
            });
            LOG.infof("Tests use %s at %s (no Docker engine)", mongo.source(), mongo.connectionString());
            return mongo.connectionString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
