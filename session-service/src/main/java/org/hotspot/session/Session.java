package org.hotspot.session;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One session of one device on one router, as its accounting records built it. The router's
 * counters are cumulative; the totals here are the sum of the differences between consecutive
 * records, so a counter that resets (a router reboot, a wrap) loses nothing and counts nothing
 * twice. The voucher's code is not kept in clear: sessions are tied to the voucher by its id, and the
 * User-Name is kept only as router-gateway sealed it ({@link #sealedUserName}), which only it can open.
 */
@MongoEntity(collection = "sessions")
public class Session {

    /** How many applied record ids are remembered to recognise a redelivery. */
    public static final int REMEMBERED_RECORDS = 32;

    /** {@code routerId:Acct-Session-Id}, the Kafka key its records travel under. */
    @BsonId
    public String id;
    public String organizationId;
    public String voucherId;
    public String profileId;
    public String routerId;
    public String nasIdentifier;
    public String site;
    public String acctSessionId;
    public String mac;
    public String framedIp;
    /** User-Name sealed by router-gateway, for the Disconnect-Request that names this session; null when unknown. */
    public String sealedUserName;
    public SessionState state;
    public Instant startedAt;
    public Instant lastUpdateAt;
    /**
     * When router-gateway last received a record of it, on the gateway's clock rather than the
     * router's: what orders it against its router's Accounting-On/Off ({@link RouterReset}).
     */
    public Instant lastHeardAt;
    public Instant stoppedAt;
    public String stopCause;
    /** Totals: bytes from the device, bytes to it, online seconds. */
    public long bytesIn;
    public long bytesOut;
    public long sessionTime;
    /** The router's counters in the last record, to take differences from. */
    public long lastInputOctets;
    public long lastOutputOctets;
    public long lastSessionTime;
    /** Records applied; each applied record's usage has its place in this sequence. */
    public long sequence;
    public List<String> recentRecordIds = new ArrayList<>();
    /**
     * Where the last applied record lay on {@code accounting-records} (topic and partition, offset): a
     * poll read again after a crash is recognised however many records of the session it holds, while
     * {@link #recentRecordIds} catches a router's retransmissions, which come with new offsets.
     */
    public String lastPartition;
    public long lastOffset = -1;
    /** What the last applied record added, so a redelivery of it can finish what a crash interrupted. */
    public UsageDelta lastDelta;
    /** Bumped by every write; a write is conditional on the version it read. */
    public long version;
    /** The interim interval the router was given; stale after a few of them without news. */
    public long interimSeconds;

    public boolean open() {
        return state == SessionState.OPEN;
    }
}
