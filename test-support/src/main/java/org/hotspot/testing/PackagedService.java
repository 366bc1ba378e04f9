package org.hotspot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hotspot.infra.ChildProcess;
import org.hotspot.infra.ParentWatch;
import org.hotspot.infra.Ports;
import org.hotspot.keys.KeyMaterial;
import org.jboss.logging.Logger;

/**
 * One of our services as the build packaged it, run in a child JVM for another service's tests:
 * the same jar and the same environment variables the launcher gives it, so what those tests see
 * is what production runs, not a stub. The child stops when the test JVM exits, even by SIGKILL
 * ({@link ParentWatch}).
 */
final class PackagedService {

    private static final Logger LOG = Logger.getLogger(PackagedService.class);
    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final String module;
    private final Path dir;
    private final String url;
    private final String managementUrl;

    /** A service not started yet, with its own ports and scratch directory, so its URLs are known before it runs. */
    PackagedService(String module) {
        this.module = module;
        this.dir = JvmScoped.temporaryDirectory("hotspot-test-" + module);
        this.url = "http://127.0.0.1:" + Ports.free();
        this.managementUrl = "http://127.0.0.1:" + Ports.free();
    }

    String url() {
        return url;
    }

    /** Its management interface: health, metrics and OpenAPI, apart from the public port as in production. */
    String managementUrl() {
        return managementUrl;
    }

    /** Its scratch directory, deleted at JVM exit: the place for its generated keys. */
    Path dir() {
        return dir;
    }

    /** Whether the build has packaged {@code module}, for tests that run before it in the reactor. */
    static boolean isBuilt(String module) {
        return Files.exists(runJar(module));
    }

    /** The services that call others' internal endpoints, each with a token of its own. */
    private static final List<String> CALLERS = List.of("auth-service", "voucher-service", "session-service",
            "router-gateway", "portal-web");

    /**
     * {@code caller}'s own service token, generated once per JVM: every packaged service knows every
     * caller's token (as {@code HOTSPOT_SERVICE_TOKENS_<CALLER>}) and its endpoints admit only the
     * callers they name, as in production; the service under test presents the token of its own name.
     */
    static String serviceToken(String caller) {
        return JvmScoped.once("hotspot.test.serviceToken." + caller,
                () -> "test-" + caller + "-" + KeyMaterial.newKey());
    }

    /** The module whose tests run in this JVM: surefire runs them in the module's folder. */
    static String moduleUnderTest() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().getFileName().toString();
    }

    /** The settings giving the service under test its own token, for a test resource's {@code start()}. */
    static Map<String, String> ownTokenOfServiceUnderTest() {
        return Map.of("hotspot.service-token", serviceToken(moduleUnderTest()));
    }

    /**
     * Starts it against the shared Kafka, Redis and MongoDB (its own fresh database) with
     * {@code env} added, and returns once {@code /q/health/ready} answers 200.
     */
    ChildProcess start(Map<String, String> env) {
        Path runJar = runJar(module);
        if (!Files.exists(runJar)) {
            throw new IllegalStateException(runJar + " is missing: build " + module + " first (./mvnw install)");
        }
        Map<String, String> all = new HashMap<>();
        all.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        all.put("QUARKUS_HTTP_PORT", Integer.toString(URI.create(url).getPort()));
        all.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        all.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(URI.create(managementUrl).getPort()));
        all.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        String kafka = new KafkaTestResource().address();
        all.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        // Its own Kafka user, as the launcher and the manifests give it.
        all.put("HOTSPOT_KAFKA_USERNAME", module);
        all.put("HOTSPOT_KAFKA_PASSWORD", KafkaUsers.password(kafka, module));
        all.put("QUARKUS_REDIS_HOSTS", new RedisTestResource().address());
        all.put("QUARKUS_MONGODB_CONNECTION_STRING", new MongoTestResource().address());
        // MongoDB takes database names of up to 64 characters.
        all.put("QUARKUS_MONGODB_DATABASE", "test-" + module + "-" + UUID.randomUUID().toString().replace("-", ""));
        all.put("HOTSPOT_SERVICE_TOKEN", serviceToken(module));
        // It warms up before it says ready, as in production, in a few hundred rounds rather than thousands.
        all.put("HOTSPOT_WARM_UP_ROUNDS", "200");
        for (String caller : CALLERS) {
            all.put("HOTSPOT_SERVICE_TOKENS_" + caller.toUpperCase(Locale.ROOT).replace('-', '_'),
                    serviceToken(caller));
        }
        // A caller's own settings win, its database name included.
        all.putAll(env);
        Path log = dir.resolve(module + ".log");
        try {
            ChildProcess process = ChildProcess.java(module, List.of(jarOf(ParentWatch.class), runJar),
                    List.of("-Xmx256m", "-XX:+UseSerialGC"), "io.quarkus.bootstrap.runner.QuarkusEntryPoint",
                    List.of(), all, log);
            JvmScoped.stopAtExit(module, () -> {
                process.close();
                JvmScoped.deleteRecursively(dir);
            });
            awaitReady(process, log);
            LOG.infof("Tests use the real %s (pid %d) at %s", module, process.pid(), url);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(ChildProcess process, Path log) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited while starting:\n" + Files.readString(log));
            }
            if (answers(client, ready)) {
                return;
            }
            pause();
        }
        throw new IllegalStateException(module + " not ready within " + STARTUP.toSeconds() + " s; see " + log);
    }

    private static boolean answers(HttpClient client, HttpRequest ready) {
        try {
            return client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // Not listening yet.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path runJar(String module) {
        return RepoLayout.root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
