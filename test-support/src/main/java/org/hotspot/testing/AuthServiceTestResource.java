package org.hotspot.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hotspot.infra.ChildProcess;
import org.hotspot.infra.ParentWatch;
import org.hotspot.infra.Ports;
import org.jboss.logging.Logger;

/**
 * The real auth-service, packaged by the build, started once per test JVM against the shared
 * Kafka, Redis and MongoDB, so another service's tests verify genuine tokens through its JWKS. The
 * service under test gets {@code hotspot.auth-url}; test fields marked {@link InjectAuthService}
 * get an {@link AuthService}. Use it together with the Kafka, Redis and MongoDB resources.
 */
public class AuthServiceTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(AuthServiceTestResource.class);
    private static final String KEY = "hotspot.test.AuthServiceTestResource";

    /** The running auth-service, started on first call; once per JVM, whatever the class loader. */
    static AuthService running() {
        String[] parts = JvmScoped.once(KEY, () -> {
            AuthService started = launch();
            return started.url() + "\n" + started.adminPassword() + "\n" + started.keyDir();
        }).split("\n");
        return new AuthService(parts[0], parts[1], Path.of(parts[2]));
    }

    @Override
    public Map<String, String> start() {
        return Map.of("hotspot.auth-url", running().url());
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM: stopped at JVM exit, not per class.
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(running(),
                new TestInjector.AnnotatedAndMatchesType(InjectAuthService.class, AuthService.class));
    }

    private static AuthService launch() {
        Path runJar = RepoLayout.root().resolve("auth-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(runJar)) {
            throw new IllegalStateException(runJar + " is missing: build auth-service first (./mvnw install)");
        }
        Path dir = JvmScoped.temporaryDirectory("hotspot-test-auth");
        String adminPassword = "auth-" + UUID.randomUUID();
        int port = Ports.free();
        String url = "http://127.0.0.1:" + port;
        Map<String, String> env = Map.of(
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false",
                "KAFKA_BOOTSTRAP_SERVERS", new KafkaTestResource().address(),
                "QUARKUS_REDIS_HOSTS", new RedisTestResource().address(),
                "QUARKUS_MONGODB_CONNECTION_STRING", new MongoTestResource().address(),
                "QUARKUS_MONGODB_DATABASE", "hotspot-auth-test-" + UUID.randomUUID(),
                "HOTSPOT_AUTH_KEY_DIR", dir.resolve("keys").toString(),
                "HOTSPOT_ADMIN_PASSWORD", adminPassword,
                "HOTSPOT_AUTH_URL", url);
        try {
            ChildProcess process = ChildProcess.java("auth-service", List.of(jarOf(ParentWatch.class), runJar),
                    List.of("-Xmx256m", "-XX:+UseSerialGC"), "io.quarkus.bootstrap.runner.QuarkusEntryPoint",
                    List.of(), env, dir.resolve("auth-service.log"));
            JvmScoped.stopAtExit("auth-service", () -> {
                process.close();
                JvmScoped.deleteRecursively(dir);
            });
            awaitReady(process, url, dir.resolve("auth-service.log"));
            LOG.infof("Tests use the real auth-service (pid %d) at %s", process.pid(), url);
            return new AuthService(url, adminPassword, dir.resolve("keys"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitReady(ChildProcess process, String url, Path log) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("auth-service exited while starting:\n" + Files.readString(log));
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("auth-service not ready within 120 s; see " + log);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
