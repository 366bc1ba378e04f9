package org.hotspot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import org.hotspot.infra.LocalMongo;
import org.hotspot.infra.Ports;
import org.jboss.logging.Logger;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * A MongoDB server for Quarkus tests, shared by every test class of the JVM: the one named by
 * {@code HOTSPOT_TEST_MONGODB_URI} when set, else the {@code mongo:7} image when a Docker engine
 * answers, else {@code mongod} from the PATH, else the wire-compatible mongo-java-server in memory.
 */
public class MongoTestResource extends SharedServerResource {

    private static final Logger LOG = Logger.getLogger(MongoTestResource.class);
    private static final String IMAGE = "mongo:7";

    @Override
    protected String configKey() {
        return "quarkus.mongodb.connection-string";
    }

    @Override
    protected Class<? extends Annotation> injectAnnotation() {
        return InjectMongo.class;
    }

    @Override
    protected String resolve() {
        String given = System.getenv("HOTSPOT_TEST_MONGODB_URI");
        if (given != null && !given.isBlank()) {
            LOG.infof("Tests use the MongoDB given in HOTSPOT_TEST_MONGODB_URI");
            return given;
        }
        return super.resolve();
    }

    @Override
    protected String startContainer() {
        MongoDBContainer container = new MongoDBContainer(IMAGE);
        container.start();
        JvmScoped.stopAtExit("mongo", container::stop);
        LOG.infof("Tests use MongoDB from the %s container", IMAGE);
        return container.getConnectionString();
    }

    @Override
    protected String startLocal() {
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
