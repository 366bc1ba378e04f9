package org.hotspot.session.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotspot.common.mongo.MongoErrors;
import org.hotspot.session.Session;

/**
 * The sessions open now, one small document each ({@code _id} the session key): what the stale
 * sweep, a router's Accounting-On and the active-sessions page look through, a few thousand entries
 * however many sessions history holds. The embedded MongoDB answers the same questions asked of the
 * sessions themselves by reading every session ever stored; a real one uses this set's indexes.
 *
 * <p>An entry is added before its session is first written and removed after the session is
 * written closed, so an open session always has one; an entry whose session is closed or was never
 * written (the service stopped in between) is removed by the stale sweep, which reads them all.
 */
@ApplicationScoped
public class OpenSessionRepository {

    public static final String COLLECTION = "open_sessions";

    /** An open session: where it is and whose, and when it was added to the set. */
    public record OpenSession(String sessionId, String organizationId, String routerId, Instant startedAt,
            Instant addedAt) {

        static OpenSession of(Document document) {
            return new OpenSession(document.getString("_id"), document.getString("organizationId"),
                    document.getString("routerId"), instant(document.getDate("startedAt")),
                    instant(document.getDate("addedAt")));
        }

        private static Instant instant(Date date) {
            return date == null ? Instant.EPOCH : date.toInstant();
        }
    }

    private final ReactiveMongoCollection<Document> open;

    OpenSessionRepository(ReactiveMongoClient mongo,
            @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.open = mongo.getDatabase(database).getCollection(COLLECTION);
    }

    /** A router's Accounting-On and the active-sessions page ask by router and by organization. */
    void createIndexes(@Observes StartupEvent start) {
        Uni.join().all(
                open.createIndex(Indexes.ascending("routerId")),
                open.createIndex(Indexes.ascending("organizationId", "startedAt")))
                .andFailFast()
                .await().atMost(Duration.ofSeconds(30));
    }

    /** Adds the sessions; one already there stays as it is. */
    public Uni<Void> add(List<Session> sessions) {
        if (sessions.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Date now = new Date();
        List<Document> entries = sessions.stream()
                .map(session -> new Document("_id", session.id).append("organizationId", session.organizationId)
                        .append("routerId", session.routerId).append("startedAt", Date.from(session.startedAt))
                        .append("addedAt", now))
                .toList();
        return open.insertMany(entries, new InsertManyOptions().ordered(false))
                .replaceWithVoid()
                .onFailure(MongoErrors::onlyDuplicateKeys).recoverWithNull();
    }

    public Uni<Void> remove(Collection<String> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return open.deleteMany(Filters.in("_id", sessionIds)).replaceWithVoid();
    }

    /** Every entry. */
    public Uni<List<OpenSession>> all() {
        return open.find().map(OpenSession::of).collect().asList();
    }

    public Uni<List<OpenSession>> ofOrganization(String organizationId) {
        return open.find(Filters.eq("organizationId", organizationId)).map(OpenSession::of).collect().asList();
    }

    public Uni<List<OpenSession>> ofRouter(String routerId) {
        return open.find(Filters.eq("routerId", routerId)).map(OpenSession::of).collect().asList();
    }
}
