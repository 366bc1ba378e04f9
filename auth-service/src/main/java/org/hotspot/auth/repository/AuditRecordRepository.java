package org.hotspot.auth.repository;

import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.hotspot.auth.AuditRecord;
import org.hotspot.common.mongo.MongoErrors;

/** The audit log store: idempotent inserts, tenant-scoped pages newest first, and the retention delete. */
@ApplicationScoped
public class AuditRecordRepository implements ReactivePanacheMongoRepositoryBase<AuditRecord, String> {

    /** Newest first; the id breaks ties between events of the same millisecond so pages never overlap. */
    private static final Document NEWEST_FIRST = new Document("occurredAt", -1).append("_id", -1);

    /**
     * Every query starts with the organization and sorts by time. The actor, action and target indexes end
     * with the time too, so a filtered page is read in order instead of sorted in memory. The
     * retention sweep crosses organizations and filters on time alone, hence the last index.
     */
    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.compoundIndex(Indexes.ascending("organizationId"),
                Indexes.descending("occurredAt")))
                .chain(() -> mongoCollection().createIndex(Indexes.compoundIndex(
                        Indexes.ascending("organizationId", "actor"), Indexes.descending("occurredAt"))))
                .chain(() -> mongoCollection().createIndex(Indexes.compoundIndex(
                        Indexes.ascending("organizationId", "action"), Indexes.descending("occurredAt"))))
                .chain(() -> mongoCollection().createIndex(Indexes.compoundIndex(
                        Indexes.ascending("organizationId", "targetId"), Indexes.descending("occurredAt"))))
                .chain(() -> mongoCollection().createIndex(Indexes.ascending("occurredAt")))
                .await().atMost(Duration.ofSeconds(30));
    }

    /** Stores the records in one write, each unless one with its id is already there (a poll read again). */
    public Uni<Void> storeAllOnce(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return mongoCollection().insertMany(records, new InsertManyOptions().ordered(false))
                .replaceWithVoid()
                .onFailure(MongoErrors::onlyDuplicateKeys).recoverWithNull();
    }

    /** One page of the matching records, newest first. */
    public Uni<List<AuditRecord>> page(Filter filter, int page, int size) {
        return find(filter.toQuery(), NEWEST_FIRST)
                .page(page, size)
                .list();
    }

    /** The actions that occur in the organization's log; read from the action index. */
    public Uni<Set<String>> actions(String organizationId) {
        return mongoCollection().distinct("action", new Document("organizationId", organizationId), String.class)
                .collect().asSet();
    }

    public Uni<Long> count(Filter filter) {
        return count(filter.toQuery());
    }

    /** Deletes records that occurred before {@code cutoff}; how many. Safe to run on every replica at once. */
    public Uni<Long> deleteOccurredBefore(Instant cutoff) {
        return delete(new Document("occurredAt", new Document("$lt", cutoff)));
    }

    /**
     * Which records a query wants. The organization is required: no query reads across tenants.
     *
     * @param actor  exact username, or null for any
     * @param action   exact action, or null for any
     * @param targetId exact id of the record acted on, or null for any
     * @param from     inclusive, or null for no lower bound
     * @param to       exclusive, or null for no upper bound
     */
    public record Filter(String organizationId, String actor, String action, String targetId, Instant from,
            Instant to) {

        public Filter {
            if (organizationId == null || organizationId.isBlank()) {
                throw new IllegalArgumentException("an audit query needs an organization");
            }
        }

        Document toQuery() {
            Document query = new Document("organizationId", organizationId);
            if (actor != null) {
                query.append("actor", actor);
            }
            if (action != null) {
                query.append("action", action);
            }
            if (targetId != null) {
                query.append("targetId", targetId);
            }
            Document range = new Document();
            if (from != null) {
                range.append("$gte", from);
            }
            if (to != null) {
                range.append("$lt", to);
            }
            if (!range.isEmpty()) {
                query.append("occurredAt", range);
            }
            return query;
        }
    }
}
