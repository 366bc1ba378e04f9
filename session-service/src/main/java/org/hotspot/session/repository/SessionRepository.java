package org.hotspot.session.repository;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.WriteModel;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.hotspot.common.mongo.MongoErrors;
import org.hotspot.common.mongo.OrganizationScoped;
import org.hotspot.session.Session;

/**
 * Sessions. Every write is a whole document put only if nobody wrote it since it was read (its
 * version), so the accounting consumer and the sweeps never overwrite each other's changes.
 */
@ApplicationScoped
public class SessionRepository implements OrganizationScoped<Session, String> {

    /** The index that finds a session by {@link #asRead}'s fields. */
    static final String AS_READ_INDEX = "_id_version";

    void createIndexes(@Observes StartupEvent start) {
        Uni.join().all(
                mongoCollection().createIndex(Indexes.ascending("organizationId", "startedAt")),
                // The dashboard's history of one router.
                mongoCollection().createIndex(Indexes.ascending("organizationId", "routerId", "startedAt")),
                // MongoDB answers a conditional write from the _id index alone. The embedded one
                // uses an index only when a query names exactly its fields, and otherwise reads
                // every session for every write: without this one, writing a poll's sessions cost time in
                // proportion to all the sessions ever stored.
                mongoCollection().createIndex(Indexes.ascending("_id", "version"),
                        new IndexOptions().unique(true).name(AS_READ_INDEX)))
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
                    .onFailure(MongoErrors::isDuplicateKey).recoverWithItem(false);
        }
        return mongoCollection().replaceOne(asRead(session.id, expectedVersion), session, new ReplaceOptions())
                .map(result -> result.getMatchedCount() == 1);
    }

    /**
     * Writes each session if it still has the version it was read with (its {@code version}, -1 for
     * one not stored yet), all in one unordered bulk write; the keys of those that may have lost to
     * another write, to read again and redo. MongoDB reports how many conditional replaces matched,
     * not which, so when one missed, every replaced session is given back: redoing one that was
     * written finds its records applied and writes nothing.
     */
    public Uni<Set<String>> saveAll(List<Session> changed) {
        if (changed.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        List<WriteModel<Session>> writes = new ArrayList<>();
        for (Session session : changed) {
            long expected = session.version;
            session.version = expected + 1;
            writes.add(expected < 0 ? new InsertOneModel<>(session) : new ReplaceOneModel<>(
                    asRead(session.id, expected), session));
        }
        return mongoCollection().bulkWrite(writes, new BulkWriteOptions().ordered(false))
                .map(result -> lost(changed, writes, result, List.of()))
                .onFailure(MongoErrors::onlyDuplicateKeys)
                .recoverWithItem(e -> lost(changed, writes, ((MongoBulkWriteException) e).getWriteResult(),
                        ((MongoBulkWriteException) e).getWriteErrors()));
    }

    private static Set<String> lost(List<Session> changed, List<WriteModel<Session>> writes, BulkWriteResult result,
            List<BulkWriteError> errors) {
        Set<String> lost = new HashSet<>();
        errors.forEach(error -> lost.add(changed.get(error.getIndex()).id));
        long replaces = writes.stream().filter(ReplaceOneModel.class::isInstance).count();
        if (result.getMatchedCount() < replaces) {
            for (int i = 0; i < writes.size(); i++) {
                if (writes.get(i) instanceof ReplaceOneModel) {
                    lost.add(changed.get(i).id);
                }
            }
        }
        return lost;
    }

    /** The stored sessions among these keys. */
    public Uni<List<Session>> byIds(Collection<String> ids) {
        return mongoCollection().find(Filters.in("_id", ids)).collect().asList();
    }

    /**
     * The session as read: its id and version. A plain document rather than {@code Filters.and}:
     * the embedded MongoDB uses an index only for a query whose top-level fields are exactly the
     * index's ({@link #AS_READ_INDEX}), and scans the whole collection otherwise, on every write.
     */
    private static Bson asRead(String id, long version) {
        return new Document("_id", id).append("version", version);
    }

    /** A page of the organization's sessions, newest first. */
    public Uni<List<Session>> history(String organizationId, int page, int size) {
        return findByOrganization(organizationId, Sort.descending("startedAt")).page(page, size).list();
    }

    /** A page of the organization's sessions meeting these conditions too, newest first. */
    public Uni<List<Session>> history(String organizationId, List<Bson> conditions, int page, int size) {
        List<Bson> all = new ArrayList<>(conditions);
        all.add(0, Filters.eq("organizationId", organizationId));
        return mongoCollection().find(Filters.and(all),
                new FindOptions().sort(Sorts.descending("startedAt")).skip(page * size).limit(size))
                .collect().asList();
    }

    @Override
    public String organizationOf(Session session) {
        return session.organizationId;
    }
}
