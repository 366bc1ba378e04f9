package org.hotspot.session.usage;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two collections of the time series and their indexes. Plain collections with computed keys
 * rather than a time-series collection and a TTL index: the embedded MongoDB has neither, and the
 * roll-ups need exact single-document upserts that time-series collections do not offer anyway.
 */
@ApplicationScoped
public class UsageCollections {

    /** Raw samples, {@code _id} the accounting record's id. */
    public static final String SAMPLES = "usage_samples";
    /** Roll-up buckets, {@code _id} computed from organization, dimension, key, interval, start and shard. */
    public static final String ROLLUPS = "usage_rollups";

    private final ReactiveMongoCollection<Document> samples;
    private final ReactiveMongoCollection<Document> rollups;

    UsageCollections(ReactiveMongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.samples = mongo.getDatabase(database).getCollection(SAMPLES);
        this.rollups = mongo.getDatabase(database).getCollection(ROLLUPS);
    }

    /**
     * The unique index on a session's sequence keeps a record re-sent under another id from being
     * stored twice; {@code at} serves the retention sweep; the roll-up indexes serve range queries
     * by dimension, with and without a key, and the embedded MongoDB's conditional writes
     * ({@link RollupStore#AS_READ_INDEX}: it finds a document by an index only when the query names
     * exactly the index's fields).
     */
    void createIndexes(@Observes StartupEvent start) {
        Uni.join().all(
                samples.createIndex(Indexes.ascending("organizationId", "sessionKey", "sequence"),
                        new IndexOptions().unique(true)),
                samples.createIndex(Indexes.ascending("at")),
                samples.createIndex(Indexes.ascending("organizationId", "voucherId", "at")),
                rollups.createIndex(Indexes.ascending("organizationId", "dimension", "interval", "bucketStart")),
                rollups.createIndex(
                        Indexes.ascending("organizationId", "dimension", "interval", "key", "bucketStart")),
                rollups.createIndex(Indexes.ascending("_id", RollupStore.VERSION),
                        new IndexOptions().unique(true).name(RollupStore.AS_READ_INDEX)))
                .andFailFast()
                .await().atMost(Duration.ofSeconds(30));
    }

    ReactiveMongoCollection<Document> samples() {
        return samples;
    }

    ReactiveMongoCollection<Document> rollups() {
        return rollups;
    }
}
