package org.hotspot.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.hotspot.infra.KafkaAccess;
import org.hotspot.infra.KafkaCredentials;
import org.hotspot.infra.Ports;
import org.hotspot.testing.radius.Radclient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./hotspot} as an operator uses it, on free ports and a temporary {@code .hotspot/}: up
 * brings all five services to ready, a second up is refused, down leaves no process behind, and
 * what was written to MongoDB, Redis and Kafka before a restart is there after it. The restarts
 * open the suite to a LAN: 127.0.0.2 stands for this machine's LAN address (tests never send to
 * its real network addresses), reached while listening on that one, and while listening on all
 * addresses in a network namespace of the test's own ({@link LanNamespace}) where 127.0.0.2 is an
 * address of lo, as a LAN address is of its interface.
 */
class HotspotLauncherIT {

    private static final Path REPO = Path.of(System.getProperty("hotspot.repo", "..")).toAbsolutePath().normalize();
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(4);
    private static final String RADIUS_SECRET = "lan-router-secret-42";
    /** An Access-Request for a code that does not exist, from the router registered in the scenario. */
    private static final List<String> UNKNOWN_CODE = List.of(Radclient.text("User-Name", "NOSUCHCODE42"),
            Radclient.text("User-Password", "NOSUCHCODE42"), Radclient.text("NAS-Identifier", "hap-lan"),
            "Message-Authenticator = 0x00");
    private static final List<String> INTERNAL_PORTS = List.of("HOTSPOT_AUTH_PORT", "HOTSPOT_VOUCHER_PORT",
            "HOTSPOT_SESSION_PORT", "HOTSPOT_GATEWAY_PORT", "HOTSPOT_KAFKA_PORT", "HOTSPOT_REDIS_PORT",
            "HOTSPOT_MONGODB_PORT", "HOTSPOT_PORTAL_MANAGEMENT_PORT", "HOTSPOT_AUTH_MANAGEMENT_PORT",
            "HOTSPOT_VOUCHER_MANAGEMENT_PORT", "HOTSPOT_SESSION_MANAGEMENT_PORT", "HOTSPOT_GATEWAY_MANAGEMENT_PORT");

    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();
    private final List<Process> launchers = new ArrayList<>();

    @BeforeEach
    void freePortsAndHome() {
        for (String variable : List.of("HOTSPOT_PORTAL_PORT", "HOTSPOT_AUTH_PORT", "HOTSPOT_VOUCHER_PORT",
                "HOTSPOT_SESSION_PORT", "HOTSPOT_GATEWAY_PORT", "HOTSPOT_RADIUS_AUTH_PORT", "HOTSPOT_RADIUS_ACCT_PORT",
                "HOTSPOT_KAFKA_PORT", "HOTSPOT_KAFKA_CONTROLLER_PORT", "HOTSPOT_REDIS_PORT", "HOTSPOT_MONGODB_PORT",
                "HOTSPOT_PORTAL_MANAGEMENT_PORT", "HOTSPOT_AUTH_MANAGEMENT_PORT", "HOTSPOT_VOUCHER_MANAGEMENT_PORT",
                "HOTSPOT_SESSION_MANAGEMENT_PORT", "HOTSPOT_GATEWAY_MANAGEMENT_PORT")) {
            env.put(variable, Integer.toString(Ports.free()));
        }
        env.put("HOTSPOT_HOME", home.toString());
        // Each service still warms up before it says ready, a few hundred rounds rather than thousands.
        env.put("HOTSPOT_WARM_UP_ROUNDS", "200");
    }

    /** A failed assertion must not leave a suite running: the launcher stops everything on SIGTERM. */
    @AfterEach
    void stopLaunchers() throws InterruptedException {
        for (Process launcher : launchers) {
            launcher.destroy();
            launcher.waitFor(90, TimeUnit.SECONDS);
        }
    }

    @Test
    void upDownAndRestartKeepData() throws Exception {

        Running first = up();
        assertThat(first.output()).contains("platform admin", "shown once");
        assertThat(home.resolve("admin-password")).exists();
        assertThat(run("status").exit).as("status with all five ready").isZero();
        assertThat(SuiteClient.adminLogin(authUrl(), adminPassword()))
                .as("the platform admin logs in with the printed password").isEqualTo(200);
        assertThat(SuiteClient.adminLogin(authUrl(), "not-the-password-at-all")).isEqualTo(401);
        assertThat(SuiteClient.accepts("127.0.0.1", port("HOTSPOT_PORTAL_PORT"))).isTrue();
        assertThat(SuiteClient.accepts("127.0.0.2", port("HOTSPOT_PORTAL_PORT")))
                .as("by default the portal listens on loopback 127.0.0.1 only").isFalse();
        assertThat(printed(first, "QR codes open")).startsWith(portalAt("127.0.0.1") + "/portal ");

        Result second = run("up");
        assertThat(second.exit).isEqualTo(1);
        assertThat(second.output).contains("already running");

        writeData();
        List<ProcessHandle> children = first.process.descendants().toList();
        assertThat(children).as("infrastructure and services").hasSizeGreaterThanOrEqualTo(7);

        assertThat(run("down").exit).isZero();
        assertThat(first.process.waitFor(90, TimeUnit.SECONDS)).as("launcher ended").isTrue();
        for (ProcessHandle child : children) {
            child.onExit().get(10, TimeUnit.SECONDS);
            assertThat(child.isAlive()).as("process %d left behind", child.pid()).isFalse();
        }
        assertThat(Ports.listening(port("HOTSPOT_AUTH_PORT"))).isFalse();
        assertThat(outputUntil(first, "hotspot: stopped")).as("down stops the services; none of them died")
                .doesNotContain("stopped unexpectedly");
        assertThat(run("status").exit).as("status when stopped").isEqualTo(3);

        // One address: RADIUS replies leave from the address the router sent to.
        env.put("HOTSPOT_LISTEN", "127.0.0.2");
        Running lan = up();
        readDataBack();
        assertThat(lan.output()).doesNotContain("shown once").contains("listening on 127.0.0.2");
        assertThat(printed(lan, "RADIUS server")).startsWith("udp://127.0.0.2:" + port("HOTSPOT_RADIUS_AUTH_PORT"));
        assertThat(printed(lan, "QR codes open")).as("QR codes open the portal where phones reach it")
                .startsWith(portalAt("127.0.0.2") + "/portal ");
        for (String internal : INTERNAL_PORTS) {
            assertThat(SuiteClient.accepts("127.0.0.2", port(internal))).as("%s stays on loopback", internal).isFalse();
            assertThat(SuiteClient.accepts("127.0.0.1", port(internal))).as("%s on loopback", internal).isTrue();
        }
        SuiteClient.registerRouterAtLoopback(authUrl(), "http://127.0.0.1:" + port("HOTSPOT_GATEWAY_PORT"),
                adminPassword(), RADIUS_SECRET);
        Radclient.Reply reply = unknownCode("127.0.0.2");
        assertThat(reply.code()).as("RADIUS at 127.0.0.2: %s", reply.transcript()).isEqualTo("Access-Reject");
        assertThat(SuiteClient.get(portalAt("127.0.0.2") + "/q/health/ready"))
                .as("health is on the management port, not where phones reach the portal").isEqualTo(404);
        assertThat(SuiteClient.get("http://127.0.0.1:" + port("HOTSPOT_PORTAL_MANAGEMENT_PORT") + "/q/health/ready"))
                .isEqualTo(200);
        assertThat(SuiteClient.accepts("127.0.0.1", port("HOTSPOT_PORTAL_PORT"))).as("bound to that address only")
                .isFalse();
        env.remove("HOTSPOT_LISTEN");
        assertThat(run("status").exit).as("status, from a shell without HOTSPOT_LISTEN, finds the portal").isZero();
        stop(lan);

        // All addresses, on a machine of the test's own where 127.0.0.2 is the second address of lo.
        Running everywhere = upIn(LanNamespace::starting, "--listen", "0.0.0.0");
        long machine = everywhere.process.pid();
        assertThat(everywhere.output()).contains("listening on all addresses, 0.0.0.0");
        List<String> portals = printedAll(everywhere, "portal").stream().map(url -> url.replaceAll("/$", "")).toList();
        if (!portals.isEmpty()) {
            assertThat(portals).as("QR codes point at an address the summary gives phones")
                    .contains(printed(everywhere, "QR codes open").replaceAll("/portal .*", ""));
        }
        // The router registered above (kept in MongoDB) sends from 127.0.0.1, the namespace's primary address.
        for (String address : List.of(LanNamespace.ADDRESS, "127.0.0.1")) {
            LanNamespace.Ran radius = unknownCodeIn(machine, address);
            assertThat(radius.output()).as("RADIUS bound to all addresses answers at %s from it", address)
                    .contains("Received Access-Reject");
        }
        LanNamespace.Ran portal = LanNamespace.run(machine, "", "curl", "-sS", "--max-time", "10", "-o", "/dev/null",
                "-w", "%{http_code}", portalAt(LanNamespace.ADDRESS) + "/q/health/ready");
        assertThat(portal.output()).as("portal-web answers at 127.0.0.2 while listening on all addresses, its health"
                + " only on the loopback management port").isEqualTo("404");
        List<String> probe = new ArrayList<>(List.of("bash", "-c", "for port in \"$@\"; do (exec 3<>/dev/tcp/"
                + LanNamespace.ADDRESS + "/$port) 2>/dev/null && echo $port; done; true", "probe"));
        INTERNAL_PORTS.forEach(variable -> probe.add(env.get(variable)));
        LanNamespace.Ran open = LanNamespace.run(machine, "", probe.toArray(String[]::new));
        assertThat(open.output().strip()).as("internal ports answering at 127.0.0.2: Kafka, Redis, MongoDB and the"
                + " services other than portal-web stay on loopback").isEmpty();
        stop(everywhere);
    }

    /**
     * Settings that cannot work are refused before anything starts: one line, exit status 2. The
     * second up of the scenario above covers "already running" (status 1).
     */
    @Test
    @SuppressWarnings("try") // the sockets in try-with-resources only hold their ports while the launcher tries them
    void refusesWhatCannotWork() throws Exception {
        assertRefused(run("up", "--listen", "lan"), "HOTSPOT_LISTEN must be an IP address of this machine");
        assertRefused(run("up", "--listen"), "usage: ./hotspot up [--listen ADDRESS]");
        // A documentation address (RFC 5737) that no machine here has; binding to it fails, nothing is sent.
        assertRefused(run("up", "--listen", "203.0.113.7"),
                "HOTSPOT_LISTEN=203.0.113.7 is not an address of this machine");
        env.put("HOTSPOT_PUBLIC_URL", "portal.example:8080");
        assertRefused(run("up", "--listen", "0.0.0.0"), "HOTSPOT_PUBLIC_URL must be the http(s) address");
        env.remove("HOTSPOT_PUBLIC_URL");
        int radiusPort = port("HOTSPOT_RADIUS_AUTH_PORT");
        try (DatagramSocket radius = new DatagramSocket(radiusPort, InetAddress.getLoopbackAddress())) {
            assertRefused(run("up"), "udp port " + radiusPort + " is already in use");
        }
        // Held on 127.0.0.2 only: a probe at 127.0.0.1 misses it, binding where the portal will listen finds it.
        int portalPort = port("HOTSPOT_PORTAL_PORT");
        try (ServerSocket portal = new ServerSocket(portalPort, 1, InetAddress.getByName("127.0.0.2"))) {
            assertRefused(run("up", "--listen", "0.0.0.0"), "tcp port " + portalPort + " is already in use on 0.0.0.0");
        }
    }

    private void assertRefused(Result result, String message) throws IOException {
        assertThat(result.exit).as(result.output).isEqualTo(2);
        assertThat(result.output.strip().lines()).as("one line").hasSize(1);
        assertThat(result.output).contains(message);
        Path logDir = home.resolve("logs");
        try (Stream<Path> logs = Files.exists(logDir) ? Files.list(logDir) : Stream.empty()) {
            assertThat(logs.toList()).as("nothing started").isEmpty();
        }
    }

    /** radclient in the namespace of process {@code machine}, sending to {@code host} what {@link #unknownCode} sends. */
    private LanNamespace.Ran unknownCodeIn(long machine, String host) throws Exception {
        return LanNamespace.run(machine, String.join("\n", UNKNOWN_CODE) + "\n", "radclient", "-x", "-r", "3", "-t",
                "2",
                host + ":" + port("HOTSPOT_RADIUS_AUTH_PORT"), "auth", RADIUS_SECRET);
    }

    private Radclient.Reply unknownCode(String host) {
        // Retransmitted: a router just registered may reach the gateway's table a moment after its answer.
        return Radclient.to(host, port("HOTSPOT_RADIUS_AUTH_PORT"), RADIUS_SECRET).attempts(3)
                .auth(UNKNOWN_CODE.toArray(String[]::new));
    }

    private void stop(Running running) throws Exception {
        assertThat(run("down").exit).isZero();
        assertThat(running.process.waitFor(90, TimeUnit.SECONDS)).isTrue();
    }

    /** README.md's quickstart, pasted as it stands into a shell beside a fresh suite, logs a customer in. */
    @Test
    void readmeQuickstartAsPasted() throws Exception {
        Running running = up();
        // Its output goes to a file, so that a command that hangs is cut by the timeout, not waited on.
        Path printed = home.resolve("quickstart.out");
        ProcessBuilder shell = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", quickstart())
                .directory(REPO.toFile()).redirectErrorStream(true).redirectOutput(printed.toFile());
        shell.environment().putAll(env);
        Process pasted = shell.start();
        boolean finished = pasted.waitFor(120, TimeUnit.SECONDS);
        pasted.destroyForcibly();
        String output = Files.readString(printed);
        assertThat(finished).as("the quickstart finished: %s", output).isTrue();
        assertThat(pasted.exitValue()).as(output).isZero();
        assertThat(output).as("what the README says the last command prints")
                .contains("voucher code: ", "Received Access-Accept", "Session-Timeout = 3600",
                        "Mikrotik-Rate-Limit = \"1M/2M\"");
        stop(running);
    }

    /** The first {@code sh} block under README.md's "Quickstart" heading. */
    private static String quickstart() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        int section = readme.indexOf("\n## Quickstart");
        assertThat(section).as("a Quickstart section in README.md").isNotNegative();
        int start = readme.indexOf("```sh\n", section) + "```sh\n".length();
        return readme.substring(start, readme.indexOf("\n```", start));
    }

    /** The value of the summary line named {@code label} ("  label   value"). */
    private static String printed(Running running, String label) {
        List<String> values = printedAll(running, label);
        assertThat(values).as("a '%s' line in:%n%s", label, running.output()).isNotEmpty();
        return values.get(0);
    }

    private static List<String> printedAll(Running running, String label) {
        String prefix = "  " + label + " ";
        return running.output().lines().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()).strip()).toList();
    }

    private String portalAt(String host) {
        return "http://" + host + ":" + port("HOTSPOT_PORTAL_PORT");
    }

    private String authUrl() {
        return "http://127.0.0.1:" + port("HOTSPOT_AUTH_PORT");
    }

    private String adminPassword() throws IOException {
        return Files.readString(home.resolve("admin-password")).trim();
    }

    private void writeData() throws Exception {
        try (MongoClient client = MongoClients.create(mongoUri())) {
            collection(client).insertOne(new Document("_id", "kept").append("bytes", 5_000_000_000L));
        }
        assertThat(redis("SET kept-key kept-value")).isEqualTo("+OK");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafkaProps(), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("launcher-it", "key", "kept-message")).get(30, TimeUnit.SECONDS);
        }
    }

    private void readDataBack() throws Exception {
        try (MongoClient client = MongoClients.create(mongoUri())) {
            Document kept = collection(client).find(new Document("_id", "kept")).first();
            assertThat(kept).as("MongoDB document after restart").isNotNull();
            assertThat(kept.getLong("bytes")).isEqualTo(5_000_000_000L);
        }
        assertThat(redis("GET kept-key")).as("Redis key after restart").isEqualTo("$10");
        Properties props = kafkaProps();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "launcher-it");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("launcher-it"));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    values.add(record.value());
                }
            }
            assertThat(values).as("Kafka record after restart").containsExactly("kept-message");
        }
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("launcher-it").getCollection("kept");
    }

    private String mongoUri() {
        return "mongodb://127.0.0.1:" + port("HOTSPOT_MONGODB_PORT");
    }

    /** As the broker's administrator, whose password the launcher generated beside the Kafka data. */
    private Properties kafkaProps() {
        Properties props = new Properties();
        props.putAll(KafkaCredentials.load(home.resolve("data/kafka/credentials.properties"))
                .clientConfig(KafkaAccess.ADMIN));
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port("HOTSPOT_KAFKA_PORT"));
        return props;
    }

    /** One Redis command over RESP; the first line of the answer. */
    private String redis(String command) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port("HOTSPOT_REDIS_PORT"))) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    /** What the launcher printed, once it printed {@code last} (the reader may trail its exit a little). */
    private static String outputUntil(Running running, String last) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!running.output().contains(last) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(running.output()).contains(last);
        return running.output();
    }

    private int port(String variable) {
        return Integer.parseInt(env.get(variable));
    }

    /** A launcher in the foreground, as a terminal runs it, and what it printed until it was up. */
    private record Running(Process process, StringBuilder printed) {
        String output() {
            synchronized (printed) {
                return printed.toString();
            }
        }
    }

    private record Result(int exit, String output) {
    }

    private Running up(String... flags) throws Exception {
        return upIn(UnaryOperator.identity(), flags);
    }

    /** {@code ./hotspot up}, its command line passed through {@code wrap} (to start it in a namespace). */
    private Running upIn(UnaryOperator<List<String>> wrap, String... flags) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("up"));
        arguments.addAll(List.of(flags));
        ProcessBuilder builder = command(arguments.toArray(String[]::new));
        Process process = builder.command(wrap.apply(builder.command())).start();
        launchers.add(process);
        StringBuilder printed = new StringBuilder();
        Thread reader = new Thread(() -> copy(process, printed), "launcher-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + UP_TIMEOUT.toNanos();
        Running running = new Running(process, printed);
        // The summary's last line: by then every line of it has been printed.
        while (!running.output().contains("stops everything")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroy();
                throw new AssertionError("./hotspot up did not come up:\n" + running.output());
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return running;
    }

    private Result run(String... arguments) throws Exception {
        Process process = command(arguments).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("./hotspot %s finished", List.of(arguments)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private ProcessBuilder command(String... arguments) {
        List<String> commandLine = new ArrayList<>(List.of("bash", REPO.resolve("hotspot").toString()));
        commandLine.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(commandLine).redirectErrorStream(true);
        builder.environment().putAll(env);
        return builder;
    }

    private static void copy(Process process, StringBuilder printed) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (printed) {
                    printed.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // The launcher ended.
        }
    }
}
