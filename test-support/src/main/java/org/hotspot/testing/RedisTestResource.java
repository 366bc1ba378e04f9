package org.hotspot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import org.hotspot.infra.LocalRedis;
import org.hotspot.infra.Ports;
import org.jboss.logging.Logger;
import org.testcontainers.containers.GenericContainer;

/**
 * A real Redis server for Quarkus tests, shared by every test class of the JVM: the {@code redis:7}
 * image when a Docker engine answers, else {@code redis-server} from the PATH or the bundled binary.
 */
public class RedisTestResource extends SharedServerResource {

    private static final Logger LOG = Logger.getLogger(RedisTestResource.class);
    private static final String IMAGE = "redis:7";

    @Override
    protected String configKey() {
        return "quarkus.redis.hosts";
    }

    @Override
    protected Class<? extends Annotation> injectAnnotation() {
        return InjectRedis.class;
    }

    @Override
    protected String startContainer() {
        GenericContainer<?> container = new GenericContainer<>(IMAGE).withExposedPorts(6379);
        container.start();
        JvmScoped.stopAtExit("redis", container::stop);
        String uri = "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
        LOG.infof("Tests use Redis from the %s container at %s", IMAGE, uri);
        return uri;
    }

    @Override
    protected String startLocal() {
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
