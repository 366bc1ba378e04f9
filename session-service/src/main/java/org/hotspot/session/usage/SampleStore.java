package org.hotspot.session.usage;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.result.DeleteResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.hotspot.common.mongo.MongoErrors;
import org.hotspot.session.UsageDelta;

/** Raw usage samples: one document per accounting record, kept until the retention sweep removes it. */
@ApplicationScoped
class SampleStore {

    private final UsageCollections collections;

    SampleStore(UsageCollections collections) {
        this.collections = collections;
    }

    /**
     * Stores the deltas as samples in one unordered insert; how many were new. The others were stored
     * before (same record, or same session and sequence) and are refused by the unique keys alone.
     */
    Uni<Integer> storeAll(List<UsageDelta> deltas) {
        List<Document> documents = deltas.stream().map(SampleStore::document).toList();
        return collections.samples().insertMany(documents, new InsertManyOptions().ordered(false))
                .map(inserted -> documents.size())
                .onFailure(MongoErrors::onlyDuplicateKeys)
                .recoverWithItem(e -> documents.size() - ((MongoBulkWriteException) e).getWriteErrors().size());
    }

    /** Deletes every organization's samples from before the cutoff; how many. */
    Uni<Long> deleteBefore(Instant cutoff) {
        return collections.samples().deleteMany(Filters.lt("at", Date.from(cutoff)))
                .map(DeleteResult::getDeletedCount);
    }

    private static Document document(UsageDelta delta) {
        return new Document("_id", delta.recordId())
                .append("organizationId", delta.organizationId())
                .append("sessionKey", delta.sessionKey())
                .append("sequence", delta.sequence())
                .append("voucherId", delta.voucherId())
                .append("profileId", delta.profileId())
                .append("routerId", delta.routerId())
                .append("site", delta.site())
                .append("at", Date.from(delta.at()))
                .append("bytesIn", delta.bytesIn())
                .append("bytesOut", delta.bytesOut())
                .append("seconds", delta.seconds())
                .append("storedAt", new Date());
    }
}
