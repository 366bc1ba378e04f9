package org.hotspot.session.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which plan each voucher is of, learnt from voucher-service's lifecycle events: usage roll-ups by
 * profile need it, and accounting records do not carry it.
 */
@ApplicationScoped
public class VoucherProfileRepository {

    private final ReactiveMongoCollection<Document> collection;

    VoucherProfileRepository(ReactiveMongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.collection = mongo.getDatabase(database).getCollection("voucher_profiles");
    }

    public Uni<Void> remember(String organizationId, String voucherId, String profileId) {
        return collection.replaceOne(Filters.eq("_id", voucherId),
                        new Document("_id", voucherId).append("organizationId", organizationId).append("profileId", profileId),
                        new ReplaceOptions().upsert(true))
                .replaceWithVoid();
    }

    /** The voucher's profile id; null when not known (yet). */
    public Uni<String> profileOf(String voucherId) {
        if (voucherId == null) {
            return Uni.createFrom().nullItem();
        }
        return collection.find(Filters.eq("_id", voucherId)).collect().first()
                .map(found -> found == null ? null : found.getString("profileId"));
    }
}
