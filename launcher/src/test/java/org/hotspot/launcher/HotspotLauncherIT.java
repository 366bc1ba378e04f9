package org.hotspot.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.hotspot.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./hotspot} as an operator uses it, on free ports and a temporary {@code .hotspot/}: up
 * brings all five services to ready, a second up is refused, down leaves no process behind, and
 * what was written to MongoDB, Redis and Kafka before a restart is there after it.
 */
class HotspotLauncherIT {

    private static final Path REPO = Path.of(System.getProperty("hotspot.repo", "..")).toAbsolutePath().normalize();
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(4);

    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();

    @Test
    void upDownAndRestartKeepData() throws Exception {
        for (String variable : List.of("HOTSPOT_PORTAL_PORT", "HOTSPOT_AUTH_PORT", "HOTSPOT_VOUCHER_PORT",
                "HOTSPOT_SESSION_PORT", "HOTSPOT_GATEWAY_PORT", "HOTSPOT_RADIUS_AUTH_PORT", "HOTSPOT_RADIUS_ACCT_PORT",
                "HOTSPOT_KAFKA_PORT", "HOTSPOT_KAFKA_CONTROLLER_PORT", "HOTSPOT_REDIS_PORT", "HOTSPOT_MONGODB_PORT")) {
            env.put(variable, Integer.toString(Ports.free()));
        }
        env.put("HOTSPOT_HOME", home.toString());

        Running first = up();
        assertThat(first.output()).contains("platform admin", "shown once");
        assertThat(home.resolve("admin-password")).exists();
        assertThat(run("status").exit).as("status with all five ready").isZero();
        assertThat(adminLogin(java.nio.file.Files.readString(home.resolve("admin-password")).trim()))
                .as("the platform admin logs in with the printed password").isEqualTo(200);
        assertThat(adminLogin("not-the-password-at-all")).isEqualTo(401);

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
        assertThat(run("status").exit).as("status when stopped").isEqualTo(3);

        Running again = up();
        assertThat(again.output()).doesNotContain("shown once");
        readDataBack();
        assertThat(run("down").exit).isZero();
        assertThat(again.process.waitFor(90, TimeUnit.SECONDS)).isTrue();
    }

    private int adminLogin(String password) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port("HOTSPOT_AUTH_PORT") + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + password + "\"}"))
                .build();
        return java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
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

    private Properties kafkaProps() {
        Properties props = new Properties();
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

    private Running up() throws Exception {
        Process process = command("up").start();
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

    private Result run(String argument) throws Exception {
        Process process = command(argument).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("./hotspot %s finished", argument).isTrue();
        return new Result(process.exitValue(), output);
    }

    private ProcessBuilder command(String argument) {
        ProcessBuilder builder = new ProcessBuilder("bash", REPO.resolve("hotspot").toString(), argument)
                .redirectErrorStream(true);
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
