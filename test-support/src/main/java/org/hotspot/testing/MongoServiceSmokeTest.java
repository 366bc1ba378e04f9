package org.hotspot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The smoke checks of a service that owns a MongoDB database: those of every service, and MongoDB. */
public abstract class MongoServiceSmokeTest extends ServiceSmokeTest {

    @Inject
    ReactiveMongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    /** The database name this service must own. */
    protected abstract String expectedDatabase();

    @Test
    void mongoWritesAndReadsInTheServicesOwnDatabase() {
        assertThat(database).isEqualTo(expectedDatabase());
        ReactiveMongoCollection<Document> smoke = mongo.getDatabase(database).getCollection("smoke");
        String id = UUID.randomUUID().toString();

        smoke.insertOne(new Document("_id", id).append("bytes", 5_000_000_000L))
                .await().atMost(Duration.ofSeconds(10));
        Document found = smoke.find(new Document("_id", id)).collect().first()
                .await().atMost(Duration.ofSeconds(10));

        assertThat(found).isNotNull();
        assertThat(found.getLong("bytes")).isEqualTo(5_000_000_000L);
    }
}
