package org.hotspot.session.usage;

import com.mongodb.client.model.Filters;
import com.mongodb.client.result.DeleteResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.hotspot.session.UsageDelta;

/** Raw usage samples: one document per accounting record, kept until the retention sweep removes it. */
@ApplicationScoped
class SampleStore {

    private final UsageCollections collections;

    SampleStore(UsageCollections collections) {
        this.collections = collections;
    }

    /** Stores the delta as a sample; false when it was stored before (same record, or same session and sequence). */
    Uni<Boolean> store(UsageDelta delta) {
        return collections.samples().insertOne(document(delta))
                .map(inserted -> true)
                .onFailure(MongoErrors::isDuplicateKey).recoverWithItem(false);
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
