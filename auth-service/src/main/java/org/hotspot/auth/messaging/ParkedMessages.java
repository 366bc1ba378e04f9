package org.hotspot.auth.messaging;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotspot.common.mongo.MongoErrors;

/**
 * Message values a consumer could not read, kept in {@code parked_messages} with where they came
 * from and why, so an engineer can inspect them (and replay them once fixed) instead of losing them.
 */
@ApplicationScoped
public class ParkedMessages {

    static final String COLLECTION = "parked_messages";

    private final ReactiveMongoCollection<Document> collection;
    private final Clock clock = Clock.systemUTC();

    ParkedMessages(ReactiveMongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.collection = mongo.getDatabase(database).getCollection(COLLECTION);
    }

    /** Where a message was read. */
    public record Origin(String topic, int partition, long offset, String key) {

        /** Topic, partition and offset name one message: parking it again after a redelivery is a no-op. */
        String id() {
            return partition < 0 ? UUID.randomUUID().toString() : topic + "/" + partition + "/" + offset;
        }

        @Override
        public String toString() {
            return "topic " + topic + " partition " + partition + " offset " + offset;
        }
    }

    /** Parks the raw value; succeeds too when the same message was parked before. */
    public Uni<Void> park(Origin origin, String raw, String reason) {
        Document parked = new Document("_id", origin.id())
                .append("topic", origin.topic())
                .append("partition", origin.partition())
                .append("offset", origin.offset())
                .append("key", origin.key())
                .append("reason", reason)
                .append("raw", raw)
                .append("parkedAt", Date.from(clock.instant()));
        return collection.insertOne(parked)
                .replaceWithVoid()
                .onFailure(MongoErrors::isDuplicateKey).recoverWithNull();
    }
}
