package org.hotspot.voucher.service;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether vouchers were made from a profile: then it may only be retired, since deleting it would
 * leave sold vouchers without a plan. Batches record their profile; one batch is enough.
 */
@ApplicationScoped
public class ProfileUsage {

    /** The collection batches are stored in. */
    public static final String BATCHES = "batches";

    private final ReactiveMongoClient mongo;
    private final String database;

    public ProfileUsage(ReactiveMongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.mongo = mongo;
        this.database = database;
    }

    public Uni<Boolean> inUse(String organizationId, String profileId) {
        return mongo.getDatabase(database).getCollection(BATCHES)
                .countDocuments(new Document("organizationId", organizationId).append("profileId", profileId))
                .map(count -> count > 0);
    }
}
