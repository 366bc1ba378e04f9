package org.hotspot.voucher;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.math.BigDecimal;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/** One generation run: so many vouchers of one profile, made in the background, printed and exported together. */
@MongoEntity(collection = "batches")
public class Batch {

    @BsonId
    public String id;
    public String organizationId;
    public String profileId;
    /** The profile's name when the batch was made, for lists and cards. */
    public String profileName;
    /** The version of the profile's terms its vouchers are sold with. */
    public long termsVersion;
    public int count;
    public int codeLength;
    public String prefix;
    public String note;
    /** Vouchers never used by then expire; null for never. */
    public Instant expiresAt;
    public String createdBy;
    /** Set when a reseller made the batch: what it cost them, in the profile's currency. */
    public BigDecimal charged;
    /** Made by a reseller ({@link #createdBy}), whose credit paid for it. */
    public boolean resellerBatch;
    public String currency;
    public BatchState state;
    /** Vouchers stored so far. */
    public int done;
    public String failure;
    /** Renewed while generating: a batch whose heartbeat stopped was left behind by a dead replica. */
    public Instant heartbeatAt;
    /** The guessing estimate shown when the batch was made. */
    public long liveVouchers;
    /** The rate the estimate was made at; 0 for batches made before it was stored, at 40,000 guesses/s. */
    public double guessesPerSecond;
    public long guessSeconds;
    public boolean guessWeak;
    public String guessDescription;
    public Instant createdAt;
    public Instant finishedAt;

    /** The reseller who paid, or null. */
    public String createdByReseller() {
        return resellerBatch ? createdBy : null;
    }
}
