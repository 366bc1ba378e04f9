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
import com.mongodb.client.model.WriteModel;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.bson.Document;
import org.hotspot.common.mongo.MongoErrors;

/**
 * Documents changed without transactions: read by {@code _id}, changed in memory, written back only
 * if nobody wrote them since (their {@code version}), and those that lost read and changed again.
 * The change must give the same result when applied again to what it wrote, because MongoDB says
 * how many conditional replaces of a bulk matched, not which: after a miss every replace goes
 * another round, and one that was written finds nothing left to change.
 *
 * <p>Both the read ({@code _id $in}) and the conditional write ({@code _id} and {@code version}, the
 * index {@link #AS_READ_INDEX}) are answered by an index on the embedded MongoDB too, which uses one
 * only when a query names exactly its fields.
 */
public final class VersionedDocuments {

    /** The field counting a document's writes. */
    public static final String VERSION = "version";
    /** The index that finds a document as it was read. */
    public static final String AS_READ_INDEX = "_id_version";

    /** Replicas changing the same documents can each lose a round; one replica never does. */
    private static final int ROUNDS = 16;

    private final ReactiveMongoCollection<Document> collection;

    public VersionedDocuments(ReactiveMongoCollection<Document> collection) {
        this.collection = collection;
    }

    public Uni<String> createIndex() {
        return collection.createIndex(Indexes.ascending("_id", VERSION),
                new IndexOptions().unique(true).name(AS_READ_INDEX));
    }

    /** The stored documents among these ids, by id. */
    public Uni<Map<String, Document>> read(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return collection.find(Filters.in("_id", ids)).collect().asList()
                .map(found -> {
                    Map<String, Document> byId = new HashMap<>();
                    found.forEach(document -> byId.put(document.getString("_id"), document));
                    return byId;
                });
    }

    /**
     * Applies {@code change} to each document (null for one not stored): it returns the document as
     * it should be, without {@code _id} and version, or null to leave it as it is. The documents as
     * they stand afterwards, by id (none for an id neither stored nor created).
     */
    public Uni<Map<String, Document>> change(Collection<String> ids, BiFunction<String, Document, Document> change) {
        Map<String, Document> result = new HashMap<>();
        return round(new ArrayList<>(ids), change, result, 1).replaceWith(result);
    }

    private Uni<Void> round(List<String> ids, BiFunction<String, Document, Document> change,
            Map<String, Document> result, int round) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (round > ROUNDS) {
            return Uni.createFrom().failure(new IllegalStateException(
                    ids.size() + " documents of " + collection.getNamespace() + " kept changing under their writes"));
        }
        return read(ids)
                .map(stored -> changed(ids, stored, change, result))
                .chain(this::write)
                .chain(lost -> round(lost, change, result, round + 1));
    }

    private record Write(String id, Document document, long expected) {
    }

    private static List<Write> changed(List<String> ids, Map<String, Document> stored,
            BiFunction<String, Document, Document> change, Map<String, Document> result) {
        List<Write> writes = new ArrayList<>();
        for (String id : ids) {
            Document before = stored.get(id);
            Document after = change.apply(id, before);
            if (after == null) {
                if (before != null) {
                    result.put(id, before);
                }
                continue;
            }
            long expected = before == null ? -1 : before.get(VERSION, Number.class).longValue();
            Document document = new Document("_id", id).append(VERSION, expected + 1);
            after.forEach((field, value) -> {
                if (!"_id".equals(field) && !VERSION.equals(field)) {
                    document.append(field, value);
                }
            });
            result.put(id, document);
            writes.add(new Write(id, document, expected));
        }
        return writes;
    }

    /** Writes in one unordered bulk; the ids of those that may have lost. */
    private Uni<List<String>> write(List<Write> writes) {
        if (writes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<WriteModel<Document>> models = new ArrayList<>();
        for (Write write : writes) {
            models.add(write.expected() < 0 ? new InsertOneModel<>(write.document())
                    : new ReplaceOneModel<>(new Document("_id", write.id()).append(VERSION, write.expected()),
                            write.document()));
        }
        return collection.bulkWrite(models, new BulkWriteOptions().ordered(false))
                .map(result -> lost(writes, result, List.of()))
                .onFailure(MongoErrors::onlyDuplicateKeys)
                .recoverWithItem(e -> lost(writes, ((MongoBulkWriteException) e).getWriteResult(),
                        ((MongoBulkWriteException) e).getWriteErrors()));
    }

    private static List<String> lost(List<Write> writes, BulkWriteResult result, List<BulkWriteError> errors) {
        Set<String> lost = new LinkedHashSet<>();
        errors.forEach(error -> lost.add(writes.get(error.getIndex()).id()));
        long replaces = writes.stream().filter(write -> write.expected() >= 0).count();
        if (result.getMatchedCount() < replaces) {
            writes.stream().filter(write -> write.expected() >= 0).forEach(write -> lost.add(write.id()));
        }
        return new ArrayList<>(lost);
    }
}
