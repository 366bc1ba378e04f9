package org.hotspot.voucher;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;
import org.hotspot.events.voucher.VoucherState;

/**
 * One voucher. The code is never stored in clear: {@link #lookupKey} finds it (a keyed HMAC of the
 * organization and the normalized code) and {@link #sealedCode} keeps it AES-GCM sealed for
 * reprinting. Every change is one conditional update on {@link #version}, so concurrent logins
 * and operators never overwrite each other.
 */
@MongoEntity(collection = "vouchers")
public class Voucher {

    @BsonId
    public String id;
    public String organizationId;
    public String batchId;
    public String profileId;
    /** The version of its profile's terms the voucher grants (see {@link Profile#terms}). */
    public long termsVersion;
    /** The reseller whose batch made it; null when the organization sold it itself. */
    public String seller;
    /** Position in its batch, from 1: the order cards print in. */
    public int serial;
    public String lookupKey;
    public String sealedCode;
    /** The key {@link #sealedCode} is sealed with: after a key rotation, the resealer finds the others by it. */
    public String codeKeyId;
    public VoucherState state;
    /** The state to return to when a disabled voucher is enabled again. */
    public VoucherState stateBeforeDisable;
    public Instant createdAt;
    /** An unused voucher expires then (its batch's expiry); null for never. */
    public Instant expiresAt;
    public Instant firstUsedAt;
    /** An active voucher expires then (first use plus validity); null for never. */
    public Instant validUntil;
    public long timeUsedSeconds;
    public long bytesIn;
    public long bytesOut;
    /** The time of the usage totals above, from session-service; older reports are ignored. */
    public Instant usageAsOf;
    public List<String> boundMacs = new ArrayList<>();
    public List<DeviceLease> devices = new ArrayList<>();
    public long version;
    /** Events written with the change that caused them and removed once the broker has them. */
    public List<PendingEvent> outbox = new ArrayList<>();
    public Instant updatedAt;
    /**
     * Set by each conditional write of a batch ({@code ChangeBatches}): read back, it tells which of the
     * batch's writes applied, which a bulk write's counts alone do not.
     */
    public String changeToken;

    /** A device granted access, counting against shared users until its lease ends or its session closes. */
    public static class DeviceLease {
        public String mac;
        public String sessionId;
        public String nasId;
        public Instant seenAt;
    }

    /**
     * An encoded event not yet acknowledged by the broker. Its id is {@code eventId}, not {@code id}:
     * the object mapping would store a field named {@code id} as {@code _id} and read it back as null.
     */
    public static class PendingEvent {
        public String eventId;
        public String key;
        public String json;
        public Instant at;
    }
}
