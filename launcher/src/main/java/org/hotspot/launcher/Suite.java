package org.hotspot.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hotspot.infra.ChildProcess;
import org.hotspot.infra.KafkaBroker;
import org.hotspot.infra.KafkaCredentials;
import org.hotspot.infra.LocalMongo;
import org.hotspot.infra.LocalRedis;
import org.hotspot.infra.ParentWatch;

/**
 * Everything one {@code ./hotspot up} runs: Kafka, Redis and MongoDB (unless the environment points
 * at existing ones) and the five services, each a child that stops with the launcher. Stopping
 * goes in reverse order, services first, so none of them loses its broker mid-write.
 */
final class Suite implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final Settings settings;
    private final Listen listen;
    private final PublicUrl publicUrl;
    private final PrintStream out;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<Service, ChildProcess> services = new LinkedHashMap<>();
    /** When each service's JVM was started: its start-to-ready time is printed when it is ready. */
    private final Map<Service, Instant> startedAt = new LinkedHashMap<>();
    /** The services started with a class-data archive (a build with -Pappcds made one). */
    private final Set<Service> withArchive = new HashSet<>();
    private final Map<String, String> infrastructure = new LinkedHashMap<>();
    /** The passwords of the broker this launcher started; null with a broker from the environment. */
    private KafkaCredentials kafkaCredentials;

    Suite(Settings settings, Listen listen, PublicUrl publicUrl, PrintStream out) {
        this.settings = settings;
        this.listen = listen;
        this.publicUrl = publicUrl;
        this.out = out;
    }

    /** Starts everything and returns once every service is ready. */
    void start() throws IOException {
        OwnerOnly.directories(settings.home().resolve("logs"));
        checkServicesAreBuilt();
        String kafka = settings.value("HOTSPOT_KAFKA_BOOTSTRAP_SERVERS").orElseGet(this::startKafka);
        String redis = settings.value("HOTSPOT_REDIS_URI").orElseGet(this::startRedis);
        String mongo = settings.value("HOTSPOT_MONGODB_URI").orElseGet(this::startMongo);
        AdminPassword.Result admin = AdminPassword.resolve(settings);
        for (Service service : Service.ALL) {
            startService(service, environment(service, kafka, redis, mongo, admin.password()));
        }
        awaitReady();
        printSummary(admin);
    }

    /** The services that died since they became ready. */
    List<Service> deadServices() {
        return services.entrySet().stream().filter(e -> !e.getValue().isAlive()).map(Map.Entry::getKey).toList();
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                out.println("hotspot: stopping failed: " + e.getMessage());
            }
        }
    }

    private void checkServicesAreBuilt() {
        for (Service service : Service.ALL) {
            if (!Files.exists(runJar(service))) {
                throw new LauncherException(service.name() + " is not built (" + runJar(service)
                        + " is missing): run ./hotspot up, which builds it, or what it runs: ./mvnw -B -q -DskipTests package -Pappcds");
            }
        }
    }

    private String startKafka() {
        try {
            KafkaBroker broker = KafkaBroker.start(OwnerOnly.directories(settings.data("kafka")),
                    settings.port("HOTSPOT_KAFKA_PORT"),
                    settings.port("HOTSPOT_KAFKA_CONTROLLER_PORT"), settings.log("kafka"));
            started.push(broker);
            kafkaCredentials = broker.credentials();
            infrastructure.put("Kafka",
                    broker.bootstrapServers() + "  (KRaft broker from Kafka's jars, SASL/SCRAM users in "
                            + broker.credentials().file() + ")");
            return broker.bootstrapServers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String startRedis() {
        try {
            LocalRedis redis = LocalRedis.start(OwnerOnly.directories(settings.data("redis")),
                    settings.port("HOTSPOT_REDIS_PORT"), true,
                    settings.log("redis"));
            started.push(redis);
            infrastructure.put("Redis", redis.uri() + "  (" + redis.source() + ")");
            return redis.uri();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String startMongo() {
        try {
            LocalMongo mongo = LocalMongo.start(OwnerOnly.directories(settings.data("mongo")),
                    settings.port("HOTSPOT_MONGODB_PORT"),
                    settings.log("mongo"));
            started.push(mongo);
            infrastructure.put("MongoDB", mongo.connectionString() + "  (" + mongo.source() + ")");
            return mongo.connectionString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> environment(Service service, String kafka, String redis, String mongo,
            String adminPassword) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_HOST", service.bindHost(listen));
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port(settings)));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(service.managementPort(settings)));
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        // Each service is its own Kafka user, allowed only its own topics; on a broker of the
        // environment's, with the password given for it there (HOTSPOT_KAFKA_PASSWORD_ROUTER_GATEWAY...).
        if (kafkaCredentials != null) {
            env.putAll(kafkaCredentials.serviceEnvironment(service.name()));
        } else {
            env.put("HOTSPOT_KAFKA_USERNAME", service.name());
            settings.value("HOTSPOT_KAFKA_PASSWORD_" + service.name().toUpperCase(Locale.ROOT).replace('-', '_'))
                    .ifPresent(password -> env.put("HOTSPOT_KAFKA_PASSWORD", password));
        }
        env.put("QUARKUS_REDIS_HOSTS", redis);
        env.put("HOTSPOT_AUTH_URL", url("auth-service"));
        env.putAll(ServiceToken.environment(settings, service.name()));
        if (service.database() != null) {
            env.put("QUARKUS_MONGODB_CONNECTION_STRING", mongo);
            env.put("QUARKUS_MONGODB_DATABASE", service.database());
        }
        switch (service.name()) {
            case "auth-service" -> {
                env.put("HOTSPOT_AUTH_KEY_DIR", settings.home().resolve("keys").toString());
                env.put("HOTSPOT_ADMIN_PASSWORD", adminPassword);
            }
            case "voucher-service" -> {
                env.put("HOTSPOT_VOUCHER_KEY_DIR", settings.home().resolve("keys").resolve("voucher").toString());
                env.put("HOTSPOT_VOUCHER_PORTAL_URL", publicUrl.portal());
            }
            case "router-gateway" -> {
                env.put("HOTSPOT_GATEWAY_KEY_DIR", settings.home().resolve("keys").resolve("gateway").toString());
                // The gateway reads the vouchers' Redis projection with voucher-service's lookup key.
                env.put("HOTSPOT_GATEWAY_VOUCHER_KEY_DIR",
                        settings.home().resolve("keys").resolve("voucher").toString());
                env.put("HOTSPOT_VOUCHER_SERVICE_URL", url("voucher-service"));
                env.put("HOTSPOT_GATEWAY_RADIUS_BIND_ADDRESS", listen.bindHost());
                // On a wildcard, each reply leaves from the address the router sent to (see GatewayConfig).
                env.put("HOTSPOT_GATEWAY_RADIUS_BIND_EACH_ADDRESS", Boolean.toString(listen.all()));
                env.put("HOTSPOT_GATEWAY_RADIUS_AUTH_PORT",
                        Integer.toString(settings.port("HOTSPOT_RADIUS_AUTH_PORT")));
                env.put("HOTSPOT_GATEWAY_RADIUS_ACCT_PORT",
                        Integer.toString(settings.port("HOTSPOT_RADIUS_ACCT_PORT")));
                // What the hotspot kit tells routers: where their login page sends phones, where RADIUS is
                // (this machine, by the name or address phones reach the portal at).
                env.put("HOTSPOT_GATEWAY_PORTAL_URL", publicUrl.base());
                env.put("HOTSPOT_GATEWAY_RADIUS_HOST", URI.create(publicUrl.base()).getHost());
                if (!listen.all() && !listen.loopbackOnly()) {
                    // Disconnect-Requests leave from the address routers know as their RADIUS server.
                    env.put("HOTSPOT_GATEWAY_COA_BIND_ADDRESS", listen.bindHost());
                }
            }
            case "session-service" -> env.put("HOTSPOT_VOUCHER_SERVICE_URL", url("voucher-service"));
            case "portal-web" -> {
                // The captive portal asks the backends for routers, codes and branding, and tells routers
                // to send customers back to the address phones reach it at.
                env.put("HOTSPOT_VOUCHER_SERVICE_URL", url("voucher-service"));
                env.put("HOTSPOT_ROUTER_GATEWAY_URL", url("router-gateway"));
                env.put("HOTSPOT_PORTAL_PUBLIC_URL", publicUrl.base());
                // The dashboard reads who is online from session-service, and seals its browser
                // sessions in Redis with a key generated here at the first start.
                env.put("HOTSPOT_SESSION_SERVICE_URL", url("session-service"));
                env.put("HOTSPOT_DASHBOARD_KEY_DIR",
                        settings.home().resolve("keys").resolve("dashboard").toString());
            }
            default -> {
                // auth-service needs only the shared settings above.
            }
        }
        return env;
    }

    private void startService(Service service, Map<String, String> env) throws IOException {
        ServiceJvm jvm = ServiceJvm.of(service, runJar(service).getParent(), jarOf(ParentWatch.class), settings);
        ChildProcess process = ChildProcess.java(service.name(), jvm.workingDirectory(), jvm.classpath(),
                jvm.options(), jvm.mainClass(), List.of(), env, settings.log(service.name()));
        services.put(service, process);
        startedAt.put(service, Instant.now());
        if (jvm.archive() != null) {
            withArchive.add(service);
        }
        started.push(process);
    }

    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        Map<Service, ChildProcess> waiting = new LinkedHashMap<>(services);
        while (!waiting.isEmpty()) {
            for (var entry : List.copyOf(waiting.entrySet())) {
                Service service = entry.getKey();
                if (!entry.getValue().isAlive()) {
                    throw new LauncherException(service.name() + " exited while starting; its log "
                            + settings.log(service.name()) + " ends with:\n" + tail(settings.log(service.name()), 15));
                }
                if ("UP".equals(Health.readiness(service.managementUrl(settings)))) {
                    Duration took = Duration.between(startedAt.get(service), Instant.now());
                    out.printf("hotspot: %-16s ready (%.1f s after its start%s)%n", service.name(),
                            took.toMillis() / 1000.0, withArchive.contains(service) ? ", AppCDS" : "");
                    waiting.remove(service);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new LauncherException("not ready within " + READY_TIMEOUT.toMinutes() + " minutes: "
                        + waiting.keySet().stream().map(Service::name).toList() + "; see " + settings.home()
                                .resolve("logs"));
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private void printSummary(AdminPassword.Result admin) {
        out.println();
        out.println("hotspot is up (launcher pid " + ProcessHandle.current().pid() + "):");
        out.printf("  %-18s %s/portal  (the captive portal; the dashboard is planned)%n", "portal-web",
                url("portal-web"));
        for (Service service : Service.ALL.subList(0, 4)) {
            out.printf("  %-18s %s%n", service.name(), service.url(settings, listen));
        }
        for (Service service : Service.ALL) {
            out.printf("  %-18s %s  (health: /q/health/ready, metrics: /q/metrics, API: /q/openapi)%n",
                    service.name() + " mgmt", service.managementUrl(settings));
        }
        infrastructure.forEach((name, where) -> out.printf("  %-18s %s%n", name, where));
        out.println("  logs               " + settings.home().resolve("logs"));
        if (admin.generated()) {
            out.println("  platform admin     user 'admin', password " + admin.password()
                    + "  (shown once; kept in " + admin.file() + ")");
        } else if (admin.file() != null) {
            out.println("  platform admin     user 'admin', password in " + admin.file());
        } else {
            out.println("  platform admin     user 'admin', password from HOTSPOT_ADMIN_PASSWORD");
        }
        new RouterAddresses(listen, publicUrl, Service.named("portal-web").port(settings),
                settings.port("HOTSPOT_RADIUS_AUTH_PORT"), settings.port("HOTSPOT_RADIUS_ACCT_PORT")).print(out);
        out.println("Ctrl-C here, or ./hotspot down from another shell, stops everything.");
        out.flush();
    }

    private String url(String serviceName) {
        return Service.named(serviceName).url(settings, listen);
    }

    private Path runJar(Service service) {
        return settings.repo().resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path file, int lines) throws IOException {
        if (!Files.exists(file)) {
            return "(no log)";
        }
        List<String> all = Files.readAllLines(file);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted");
        }
    }
}
