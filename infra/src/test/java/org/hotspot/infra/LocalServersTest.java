package org.hotspot.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each local server really serves, and keeps its data across a restart where it is asked to. */
class LocalServersTest {

    @TempDir
    Path dir;

    @Test
    void kafkaBrokerServesAndKeepsTopicsAcrossARestart() throws Exception {
        Path data = dir.resolve("kafka");
        Path log = dir.resolve("kafka.log");
        int port = Ports.free();
        int controllerPort = Ports.free();

        try (KafkaBroker broker = KafkaBroker.start(data, port, controllerPort, log)) {
            try (Admin admin = admin(broker)) {
                admin.createTopics(List.of(new NewTopic("survives-restart", 2, (short) 1))).all()
                        .get(30, TimeUnit.SECONDS);
            }
        }
        assertThat(Ports.listening(port)).as("broker port closed after stop").isFalse();

        try (KafkaBroker broker = KafkaBroker.start(data, port, controllerPort, log)) {
            try (Admin admin = admin(broker)) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("survives-restart");
            }
        }
    }

    @Test
    void redisAnswersAndStopsWithItsGuard() throws Exception {
        int port = Ports.free();
        LocalRedis redis = LocalRedis.start(dir.resolve("redis"), port, false, dir.resolve("redis.log"));
        long pid = redis.pid();
        assertThat(Ports.listening(port)).isTrue();
        assertThat(redis.source()).isNotBlank();

        redis.close();

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(Ports.listening(port)).as("redis port closed after stop").isFalse();
    }

    @Test
    void theBundledRedisBinaryServesWhenNoRedisIsInstalled() throws Exception {
        int port = Ports.free();
        try (LocalRedis redis = LocalRedis.startBundled(dir.resolve("bundled"), port, true, dir.resolve("b.log"))) {
            assertThat(redis.source()).contains("bundled");
            assertThat(Ports.listening(port)).isTrue();
        }
        assertThat(Ports.listening(port)).isFalse();
    }

    @Test
    void embeddedMongoWithAFileKeepsDocumentsAcrossARestart() throws Exception {
        Path data = dir.resolve("mongo");
        int port = Ports.free();
        try (LocalMongo mongo = LocalMongo.start(data, port, dir.resolve("mongo.log"))) {
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                things(client).insertOne(new Document("_id", "v1").append("bytes", 5_000_000_000L));
            }
        }
        try (LocalMongo mongo = LocalMongo.start(data, port, dir.resolve("mongo.log"))) {
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                Document found = things(client).find(new Document("_id", "v1")).first();
                assertThat(found).isNotNull();
                assertThat(found.getLong("bytes")).isEqualTo(5_000_000_000L);
            }
        }
    }

    private static MongoCollection<Document> things(MongoClient client) {
        return client.getDatabase("infra-test").getCollection("things");
    }

    private static Admin admin(KafkaBroker broker) {
        return Admin.create(broker.adminConfig());
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    static void awaitDead(long pid, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (alive(pid) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    static Path file(Path dir, String name) {
        return dir.resolve(name);
    }

    static String read(Path file) throws Exception {
        return Files.exists(file) ? Files.readString(file).trim() : "";
    }
}
