package org.hotspot.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.hotspot.keys.KeyFiles;
import org.jboss.logging.Logger;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one process), run
 * from Kafka's own jars in a child JVM on loopback.
 *
 * <p>The storage is formatted on first start only, so a data directory kept between runs keeps its
 * topics and offsets.
 *
 * <p>It is not open: clients authenticate with SASL/SCRAM-SHA-512 (the controller listener, used
 * only inside the process, with SASL/PLAIN as the administrator), and the StandardAuthorizer allows
 * nothing without an ACL. At every start the administrator gives each service its user, topics and
 * ACLs ({@link KafkaAccess}); the passwords are in {@code credentials.properties} beside the data,
 * owner-only ({@link #credentials()}).
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);
    private static final String CLASSPATH_RESOURCE = "kafka.classpath";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final ChildProcess process;
    private final int port;
    private final KafkaCredentials credentials;

    private KafkaBroker(ChildProcess process, int port, KafkaCredentials credentials) {
        this.process = process;
        this.port = port;
        this.credentials = credentials;
    }

    /**
     * Formats {@code dataDir} if it is new, starts the broker on {@code port} (controller on
     * {@code controllerPort}) and returns once it answers its administrator and every service has
     * its user, topics and ACLs. Data formatted by an open broker of an earlier version is formatted
     * anew: its metadata has no administrator to grant anything with.
     */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort, Path log) throws IOException {
        Files.createDirectories(dataDir);
        Path logDir = dataDir.resolve("logs");
        Path credentialsFile = dataDir.resolve("credentials.properties");
        if (Files.exists(logDir.resolve("meta.properties")) && !Files.exists(credentialsFile)) {
            // Formatted by a version that ran the broker open: its metadata has no administrator, so
            // nothing could ever be granted. Only events not yet consumed are lost; state is in MongoDB.
            LOG.warnf("Kafka data in %s is from an open broker without users: formatting it anew", logDir);
            deleteRecursively(logDir);
        }
        KafkaCredentials credentials = KafkaCredentials.load(credentialsFile);
        Path config = dataDir.resolve("server.properties");
        writeConfig(config, logDir, port, controllerPort, credentials.password(KafkaAccess.ADMIN));
        List<Path> classpath = classpath();
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(classpath, config, credentials.password(KafkaAccess.ADMIN), log);
        }
        ChildProcess process = ChildProcess.java("kafka", classpath, jvmOptions(), "kafka.Kafka",
                List.of(config.toString()), Map.of(), log);
        KafkaBroker broker = new KafkaBroker(process, port, credentials);
        try {
            Await.until("Kafka on port " + port + " (log: " + log + ")", START_TIMEOUT, process::isAlive,
                    broker::answers);
            try (Admin admin = Admin.create(broker.adminConfig())) {
                KafkaGrants.apply(admin, credentials);
            }
        } catch (Exception e) {
            process.close();
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(
                    "granting the Kafka users their ACLs failed; see " + log, e);
        }
        LOG.infof("Kafka broker (KRaft) ready on %s", broker.bootstrapServers());
        return broker;
    }

    /** {@code host:port} for clients. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The SCRAM passwords of the administrator and of each service. */
    public KafkaCredentials credentials() {
        return credentials;
    }

    /** An Admin client's settings as the administrator. */
    public Properties adminConfig() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.putAll(credentials.clientConfig(KafkaAccess.ADMIN));
        return props;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }

    private boolean answers() {
        if (!Ports.listening(port)) {
            return false;
        }
        Properties props = adminConfig();
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /** Formats the storage with the administrator's SCRAM credential in its first metadata. */
    private static void format(List<Path> classpath, Path config, String adminPassword, Path log) throws IOException {
        String clusterId = Uuids.kafkaClusterId(UUID.randomUUID());
        String admin = KafkaCredentials.MECHANISM + "=[name=" + KafkaAccess.ADMIN + ",password=" + adminPassword + "]";
        ChildProcess tool = ChildProcess.java("kafka-storage", classpath, jvmOptions(), "kafka.tools.StorageTool",
                List.of("format", "--ignore-formatted", "--cluster-id=" + clusterId, "--config=" + config,
                        "--add-scram=" + admin),
                Map.of(), log);
        try {
            int exit = tool.waitFor(Duration.ofSeconds(60));
            if (exit != 0) {
                throw new IllegalStateException("formatting Kafka storage failed with exit code " + exit
                        + "; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    /**
     * The broker's configuration, with the administrator's password in it: written owner-only. The
     * controller listener takes SASL/PLAIN with the administrator alone (SCRAM credentials live in
     * the metadata the controller serves, so they cannot authenticate to it).
     */
    private static void writeConfig(Path file, Path logDir, int port, int controllerPort, String adminPassword)
            throws IOException {
        String config = """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=SASL_PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=SASL_PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=SASL_PLAINTEXT
                listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
                sasl.enabled.mechanisms=SCRAM-SHA-512
                sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
                listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=%4$s
                listener.name.controller.sasl.enabled.mechanisms=PLAIN
                sasl.mechanism.controller.protocol=PLAIN
                listener.name.controller.plain.sasl.jaas.config=%5$s
                authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
                allow.everyone.if.no.acl.found=false
                super.users=User:%6$s
                log.dirs=%3$s
                num.partitions=3
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                min.insync.replicas=1
                group.initial.rebalance.delay.ms=0
                log.retention.hours=168
                """.formatted(port, controllerPort, logDir, KafkaCredentials.jaas(KafkaAccess.ADMIN, adminPassword),
                plainJaas(adminPassword), KafkaAccess.ADMIN);
        KeyFiles.replace(file, config);
    }

    private static String plainJaas(String adminPassword) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + KafkaAccess.ADMIN
                + "\" password=\"" + adminPassword + "\" user_" + KafkaAccess.ADMIN + "=\"" + adminPassword + "\";";
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static List<String> jvmOptions() {
        return List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true");
    }

    /** Kafka's jars as resolved by this module's build, then this module for {@link ParentWatch}. */
    static List<Path> classpath() {
        List<Path> classpath = new ArrayList<>();
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build the infra module with Maven");
            }
            for (String entry : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split(":")) {
                Path jar = Path.of(entry);
                if (!Files.exists(jar)) {
                    throw new IllegalStateException("Kafka jar " + jar + " is missing: run ./mvnw install");
                }
                classpath.add(jar);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            classpath.add(Path.of(ParentWatch.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return classpath;
    }
}
