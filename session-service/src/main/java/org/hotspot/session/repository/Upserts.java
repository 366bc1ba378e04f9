package org.hotspot.session.repository;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.bson.Document;

/** Documents written whole by their {@code _id}, many in one request, in order (a later one for the same id wins). */
final class Upserts {

    private Upserts() {
    }

    static Uni<Void> replaceAll(ReactiveMongoCollection<Document> collection, List<Document> documents) {
        if (documents.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<ReplaceOneModel<Document>> writes = documents.stream()
                .map(document -> new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document,
                        new ReplaceOptions().upsert(true)))
                .toList();
        return collection.bulkWrite(writes, new BulkWriteOptions().ordered(true)).replaceWithVoid();
    }
}
