package org.hotspot.auth.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
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
import java.util.List;
import org.hotspot.auth.TokenRevocation;

@ApplicationScoped
public class TokenRevocationRepository implements ReactivePanacheMongoRepositoryBase<TokenRevocation, String> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("changedAt"))
                .chain(() -> mongoCollection().createIndex(Indexes.ascending("notBefore")))
                .await().atMost(Duration.ofSeconds(30));
    }

    /** Moves the operator's watermark to {@code notBefore} unless it is already later; one atomic upsert. */
    public Uni<TokenRevocation> raise(String operatorId, String organizationId, Instant notBefore, String reason) {
        return mongoCollection().findOneAndUpdate(Filters.eq("_id", operatorId),
                Updates.combine(Updates.max("notBefore", notBefore), Updates.set("organizationId", organizationId),
                        Updates.set("changedAt", Instant.now()), Updates.set("reason", reason)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    }

    /** Watermarks changed at or after {@code since}. */
    public Uni<List<TokenRevocation>> changedSince(Instant since) {
        return mongoCollection().find(Filters.gte("changedAt", since)).collect().asList();
    }

    /** Watermarks later than {@code after}: the ones that can still void a token that has not expired. */
    public Uni<List<TokenRevocation>> notBeforeAfter(Instant after) {
        return mongoCollection().find(Filters.gt("notBefore", after)).collect().asList();
    }
}
