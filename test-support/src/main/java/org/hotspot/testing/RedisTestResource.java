package org.hotspot.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.hotspot.infra.LocalRedis;
import org.hotspot.infra.Ports;
import org.jboss.logging.Logger;
import org.testcontainers.containers.GenericContainer;

/**
 * A real Redis server for Quarkus tests, started once per test JVM: the {@code redis:7} image when
 * a Docker engine answers, else {@code redis-server} from the PATH or the bundled binary.
 */
public class RedisTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(RedisTestResource.class);
    private static final String IMAGE = "redis:7";

    private static String uri;

    /** The shared server's URI, starting it on first call. */
    public static synchronized String uri() {
        if (uri == null) {
            uri = Docker.available() ? startContainer() : startLocal();
        }
        return uri;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.redis.hosts", uri());
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM: stopped at JVM exit, not per class.
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(uri(), new TestInjector.AnnotatedAndMatchesType(InjectRedis.class, String.class));
    }

    private static String startContainer() {
        GenericContainer<?> container = new GenericContainer<>(IMAGE).withExposedPorts(6379);
        container.start();
        JvmScoped.stopAtExit("redis", container::stop);
        String uri = "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
        LOG.infof("Tests use Redis from the %s container at %s", IMAGE, uri);
        return uri;
    }

    private static String startLocal() {
        Path dir = JvmScoped.temporaryDirectory("hotspot-test-redis");
        try {
            LocalRedis redis = LocalRedis.start(dir, Ports.free(), false, dir.resolve("redis.log"));
            JvmScoped.stopAtExit("redis", () -> {
                redis.close();
                JvmScoped.deleteRecursively(dir);
            });
            LOG.infof("Tests use %s at %s (no Docker engine)", redis.source(), redis.uri());
            return redis.uri();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
