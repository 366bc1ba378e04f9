package org.hotspot.voucher.repository;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.hotspot.common.mongo.MongoErrors;
import org.hotspot.common.mongo.OrganizationScoped;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.voucher.Voucher;

/**
 * Vouchers. A voucher is found by its lookup key, which already binds the organization, or by id
 * within an organization; every change is conditional on the version the change was decided on.
 */
@ApplicationScoped
public class VoucherRepository implements OrganizationScoped<Voucher, String> {

    void createIndexes(@Observes StartupEvent start) {
        var collection = mongoCollection();
        Uni.join().all(
                collection.createIndex(Indexes.ascending("lookupKey"), new IndexOptions().unique(true)),
                collection.createIndex(Indexes.ascending("organizationId", "batchId", "serial")),
                collection.createIndex(Indexes.ascending("state", "expiresAt")),
                collection.createIndex(Indexes.ascending("state", "validUntil")),
                collection.createIndex(Indexes.ascending("outbox.at")),
                // MongoDB answers compareAndSet from the _id index alone. The embedded one uses an
                // index only when a query names exactly its fields, and otherwise reads every
                // voucher of every organization for each change of one.
                collection.createIndex(Indexes.ascending("_id", "version"),
                        new IndexOptions().unique(true).name("_id_version")))
                .andFailFast()
                .await().atMost(Duration.ofSeconds(30));
    }

    /**
     * Inserts the vouchers; the positions (in {@code vouchers}) of those refused because their
     * lookup key exists already, that is, whose code the organization already has.
     */
    public Uni<List<Integer>> insertAll(List<Voucher> vouchers) {
        return mongoCollection().insertMany(vouchers, new InsertManyOptions().ordered(false))
                .map(done -> List.<Integer>of())
                .onFailure(MongoErrors::onlyDuplicateKeys).recoverWithItem(VoucherRepository::refused);
    }

    private static List<Integer> refused(Throwable onlyDuplicateKeys) {
        return ((MongoBulkWriteException) onlyDuplicateKeys).getWriteErrors().stream()
                .map(BulkWriteError::getIndex)
                .toList();
    }

    /** The voucher with this lookup key if it is the organization's; by the key's own index, as findInOrganization. */
    public Uni<Voucher> findByLookupKey(String organizationId, String lookupKey) {
        return find("lookupKey", lookupKey).firstResult()
                .map(found -> visibleTo(organizationId, found));
    }

    /** The stored vouchers among these ids, of any organization: the caller checks whose each is. */
    public Uni<List<Voucher>> byIds(Collection<String> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : mongoCollection().find(Filters.in("_id", ids)).collect().asList();
    }

    public Uni<List<Voucher>> pageOfBatch(String organizationId, String batchId, int page, int size) {
        return mongoCollection().find(ofBatch(organizationId, batchId),
                new FindOptions().sort(Sorts.ascending("serial")).skip(page * size).limit(size))
                .collect().asList();
    }

    /** The batch's vouchers in serial order, optionally only the given serials. */
    public Multi<Voucher> streamOfBatch(String organizationId, String batchId, List<Integer> serials) {
        Bson filter = serials == null || serials.isEmpty() ? ofBatch(organizationId, batchId)
                : Filters.and(ofBatch(organizationId, batchId), Filters.in("serial", serials));
        return mongoCollection().find(filter, new FindOptions().sort(Sorts.ascending("serial")));
    }

    public Uni<Long> deleteOfBatch(String organizationId, String batchId) {
        return mongoCollection().deleteMany(ofBatch(organizationId, batchId)).map(result -> result.getDeletedCount());
    }

    /** Vouchers that can still be used: what a code-guessing attacker can hit. */
    public Uni<Long> countLive(String organizationId) {
        return mongoCollection().countDocuments(Filters.and(Filters.eq("organizationId", organizationId),
                Filters.in("state", VoucherState.UNUSED.name(), VoucherState.ACTIVE.name())));
    }

    /**
     * Applies the update if the voucher is still at {@code version}, bumping it; the voucher after
     * the update, or null when another change got there first.
     */
    public Uni<Voucher> compareAndSet(String id, long version, List<Bson> updates) {
        List<Bson> all = new ArrayList<>(updates);
        all.add(Updates.inc("version", 1L));
        all.add(Updates.set("updatedAt", Instant.now()));
        // A plain document, not Filters.and (an $and): the embedded MongoDB serves only this shape from an index.
        return mongoCollection().findOneAndUpdate(new Document("_id", id).append("version", version),
                Updates.combine(all), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    /** Unused vouchers past their batch's expiry and active ones past their validity, a page at a time. */
    public Uni<List<Voucher>> dueToExpire(Instant now, int limit) {
        Bson due = Filters.or(
                Filters.and(Filters.eq("state", VoucherState.UNUSED.name()), Filters.lte("expiresAt", now)),
                Filters.and(Filters.eq("state", VoucherState.ACTIVE.name()), Filters.lte("validUntil", now)));
        return mongoCollection().find(due, new FindOptions().limit(limit)).collect().asList();
    }

    /** Vouchers holding events written before {@code before} and still not acknowledged by the broker. */
    public Uni<List<Voucher>> withPendingEvents(Instant before, int limit) {
        return mongoCollection().find(Filters.lt("outbox.at", before), new FindOptions().limit(limit))
                .collect().asList();
    }

    /** An event of a voucher's outbox that the broker has. */
    public record SentEvent(String voucherId, String eventId) {
    }

    /** Clears these events from their outboxes in one request; one update per event, each by {@code _id}. */
    public Uni<Void> removePendingEvents(List<SentEvent> events) {
        List<UpdateOneModel<Voucher>> updates = events.stream()
                .map(event -> new UpdateOneModel<Voucher>(Filters.eq("_id", event.voucherId()),
                        Updates.pull("outbox", new Document("eventId", event.eventId()))))
                .toList();
        return mongoCollection().bulkWrite(updates, new BulkWriteOptions().ordered(false)).replaceWithVoid();
    }

    private static Bson ofBatch(String organizationId, String batchId) {
        return Filters.and(Filters.eq("organizationId", organizationId), Filters.eq("batchId", batchId));
    }

    @Override
    public String organizationOf(Voucher voucher) {
        return voucher.organizationId;
    }

    /**
     * The voucher search's indexes, apart from those above. {@code batchId_serial} is unique, so the
     * embedded MongoDB serves {@link #bySerial} from it (it uses unique indexes only, and only for a
     * query naming exactly their fields); the others serve MongoDB's searches by state and MAC.
     */
    void createSearchIndexes(@Observes StartupEvent start) {
        var collection = mongoCollection();
        Uni.join().all(
                collection.createIndex(Indexes.ascending("batchId", "serial"),
                        new IndexOptions().unique(true).name("batchId_serial")),
                collection.createIndex(Indexes.compoundIndex(Indexes.ascending("organizationId"),
                        Indexes.descending("createdAt"), Indexes.ascending("serial")),
                        new IndexOptions().name("search_newest")),
                collection.createIndex(Indexes.compoundIndex(Indexes.ascending("organizationId", "state"),
                        Indexes.descending("createdAt"), Indexes.ascending("serial")),
                        new IndexOptions().name("search_state")),
                collection.createIndex(Indexes.ascending("organizationId", "batchId", "state", "serial"),
                        new IndexOptions().name("search_batch_state")),
                collection.createIndex(Indexes.ascending("organizationId", "boundMacs"),
                        new IndexOptions().name("search_bound_mac")),
                collection.createIndex(Indexes.ascending("organizationId", "devices.mac"),
                        new IndexOptions().name("search_device_mac")))
                .andFailFast()
                .await().atMost(Duration.ofSeconds(30));
    }

    /**
     * The voucher at this serial of the batch, of any organization (the caller has checked the
     * batch is its own). A plain document naming exactly {@code batchId_serial}'s fields.
     */
    public Uni<Voucher> bySerial(String batchId, int serial) {
        return mongoCollection().find(new Document("batchId", batchId).append("serial", serial)).collect().first();
    }

    /** A page of the vouchers matching {@code filter} in this order. */
    public Uni<List<Voucher>> search(Bson filter, Bson order, int page, int size) {
        return mongoCollection().find(filter, new FindOptions().sort(order).skip(page * size).limit(size))
                .collect().asList();
    }

    public Uni<Long> count(Bson filter) {
        return mongoCollection().countDocuments(filter);
    }
}
