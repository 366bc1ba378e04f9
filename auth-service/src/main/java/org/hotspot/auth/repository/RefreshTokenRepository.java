package org.hotspot.auth.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.hotspot.auth.RefreshToken;

@ApplicationScoped
public class RefreshTokenRepository implements ReactivePanacheMongoRepositoryBase<RefreshToken, String> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("familyId"))
                .chain(() -> mongoCollection().createIndex(Indexes.ascending("operatorId")))
                .chain(() -> mongoCollection().createIndex(Indexes.ascending("expiresAt"), new IndexOptions()))
                .await().atMost(Duration.ofSeconds(30));
    }

    /**
     * Marks the token used if it is still unused, unrevoked and unexpired: one atomic
     * single-document update, so of two concurrent uses exactly one wins. Null when it was not.
     */
    public Uni<RefreshToken> claim(String id, Instant now) {
        return mongoCollection().findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.eq("usedAt", null), Filters.eq("revokedAt", null),
                        Filters.gt("expiresAt", now)),
                Updates.set("usedAt", now),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    /** Whether any token of the family has been revoked. */
    public Uni<Boolean> familyRevoked(String familyId) {
        return count(new Document("familyId", familyId)
                .append("revokedAt", new Document("$ne", null)))
                .map(count -> count > 0);
    }

    /** Revokes every token of the family; how many were still live. */
    public Uni<Long> revokeFamily(String familyId, Instant now) {
        return mongoCollection().updateMany(
                Filters.and(Filters.eq("familyId", familyId), Filters.eq("revokedAt", null)),
                Updates.set("revokedAt", now))
                .map(result -> result.getModifiedCount());
    }

    /** Revokes every token of the operator: on disable and password reset. */
    public Uni<Long> revokeOperator(String operatorId, Instant now) {
        return mongoCollection().updateMany(
                Filters.and(Filters.eq("operatorId", operatorId), Filters.eq("revokedAt", null)),
                Updates.set("revokedAt", now))
                .map(result -> result.getModifiedCount());
    }

    /** Deletes tokens expired before {@code cutoff}: the embedded MongoDB has no TTL indexes. */
    public Uni<Long> deleteExpired(Instant cutoff) {
        return delete("expiresAt < ?1", cutoff);
    }
}
