package org.hotspot.voucher;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * Credit owed back to a reseller for a batch that failed, kept until it is given: a refund that
 * could not be written at once is retried, after a restart too, and never given twice (the
 * reseller's document remembers the batches refunded).
 */
@MongoEntity(collection = "refunds")
public class Refund {

    /** The batch's id: one refund per batch. */
    @BsonId
    public String batchId;
    public String organizationId;
    public String reseller;
    /** Ten-thousandths of {@code currency}, as the reseller's credit. */
    public long units;
    /** The currency the batch was paid in: the refund is given only to credit in it, never relabelled. */
    public String currency;
    public int attempts;
    public Instant nextAttemptAt;
    public String lastFailure;
    public Instant createdAt;
}
