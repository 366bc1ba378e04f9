package org.hotspot.session.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hotspot.session.Session;
import org.hotspot.session.SessionState;

/**
 * Sessions. Every write is a whole document put only if nobody wrote it since it was read (its
 * version), so the accounting consumer and the sweeps never overwrite each other's changes.
 */
@ApplicationScoped
public class SessionRepository implements ReactivePanacheMongoRepositoryBase<Session, String> {

    void createIndexes(@Observes StartupEvent start) {
        Uni.join().all(
                        mongoCollection().createIndex(Indexes.ascending("voucherId")),
                        mongoCollection().createIndex(Indexes.ascending("routerId", "state")),
                        mongoCollection().createIndex(Indexes.ascending("state", "lastUpdateAt")),
                        mongoCollection().createIndex(Indexes.ascending("organizationId", "state", "startedAt")),
                        mongoCollection().createIndex(Indexes.ascending("organizationId", "voucherId", "startedAt")),
                        mongoCollection().createIndex(new org.bson.Document("routerId", 1).append("mac", 1)
                                .append("state", 1), new IndexOptions()))
                .andFailFast()
                .await().atMost(Duration.ofSeconds(30));
    }

    /**
     * Writes the session if it still has the version it was read with ({@code expectedVersion}; -1
     * for a session not stored yet). False when another write came first: read again and redo.
     */
    public Uni<Boolean> save(Session session, long expectedVersion) {
        session.version = expectedVersion + 1;
        if (expectedVersion < 0) {
            return mongoCollection().insertOne(session)
                    .map(done -> true)
                    .onFailure(SessionRepository::isDuplicateKey).recoverWithItem(false);
        }
        return mongoCollection().replaceOne(Filters.and(Filters.eq("_id", session.id),
                        Filters.eq("version", expectedVersion)), session, new ReplaceOptions())
                .map(result -> result.getMatchedCount() == 1);
    }

    public Uni<List<Session>> openOfRouter(String routerId) {
        return list("routerId = ?1 and state = ?2", routerId, SessionState.OPEN);
    }

    public Uni<List<Session>> openOfDevice(String routerId, String mac) {
        return list("routerId = ?1 and mac = ?2 and state = ?3", routerId, mac, SessionState.OPEN);
    }

    public Uni<List<Session>> ofVoucher(String voucherId) {
        return list("voucherId", voucherId);
    }

    public Uni<List<Session>> openOfVoucher(String organizationId, String voucherId) {
        return list("organizationId = ?1 and voucherId = ?2 and state = ?3", organizationId, voucherId,
                SessionState.OPEN);
    }

    /** Open sessions with no news since {@code before}, at most {@code limit}. */
    public Uni<List<Session>> silentSince(Instant before, int limit) {
        return find("state = ?1 and lastUpdateAt < ?2", Sort.ascending("lastUpdateAt"), SessionState.OPEN, before)
                .page(0, limit).list();
    }

    public Uni<List<Session>> page(String organizationId, boolean activeOnly, String voucherId, int page, int size) {
        StringBuilder query = new StringBuilder("organizationId = ?1");
        Object[] parameters = voucherId != null
                ? new Object[] {organizationId, voucherId} : new Object[] {organizationId};
        if (voucherId != null) {
            query.append(" and voucherId = ?2");
        }
        if (activeOnly) {
            query.append(" and state = '").append(SessionState.OPEN.name()).append("'");
        }
        return find(query.toString(), Sort.descending("startedAt"), parameters).page(page, size).list();
    }

    private static boolean isDuplicateKey(Throwable e) {
        return e instanceof MongoWriteException write
                && ErrorCategory.fromErrorCode(write.getError().getCode()) == ErrorCategory.DUPLICATE_KEY
                || e instanceof MongoCommandException command && command.getErrorCode() == 11000;
    }
}
