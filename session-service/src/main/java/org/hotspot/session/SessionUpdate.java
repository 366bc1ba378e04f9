package org.hotspot.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;

/**
 * What one poll's records of one session did to it, worked out in memory with {@link SessionAccounting};
 * pure, no I/O. The same stored session and the same records always give the same deltas, so the
 * usage they carry can be written before the session itself: a crash in between, or a lost write
 * condition, leads to the same deltas again, and the usage series takes each of them once.
 */
public final class SessionUpdate {

    private final Session session;
    private final List<UsageDelta> deltas = new ArrayList<>();
    private boolean redelivered;
    private Instant startedAt;
    private int duplicates;

    private SessionUpdate(Session session) {
        this.session = session;
    }

    /**
     * Applies the session's records, in their order, to the stored session ({@code stored}, null for
     * one not seen before). {@code profiles} maps voucher ids to their plans, for the sessions whose
     * plan is not known yet.
     */
    public static SessionUpdate of(Session stored, List<AccountingDelivery> deliveries, long interimSeconds,
            Map<String, String> profiles) {
        AccountingDelivery first = deliveries.get(0);
        Session session = stored != null ? stored
                : SessionAccounting.open(first.organizationId(), first.record(), interimSeconds);
        String lastApplied = session.lastDelta == null ? null : session.lastDelta.recordId();
        SessionUpdate update = new SessionUpdate(session);
        for (AccountingDelivery delivery : deliveries) {
            AccountingRecord record = delivery.record();
            String voucherId = session.voucherId != null ? session.voucherId : record.voucherId();
            if (session.profileId == null && voucherId != null) {
                session.profileId = profiles.get(voucherId);
            }
            UsageDelta delta = delivery.appliedBy(session) ? null
                    : SessionAccounting.apply(session, record,
                            new UsageDelta.Place(delivery.partition(), delivery.offset()));
            if (delta != null) {
                session.lastPartition = delivery.partition();
                session.lastOffset = delivery.offset();
            }
            // The record a crash may have cut off from its follow-ups: they are done again for it.
            boolean last = record.recordId().equals(lastApplied);
            update.redelivered |= delta == null && last;
            if (delta == null) {
                update.duplicates++;
            } else {
                update.deltas.add(delta);
            }
            if (record.statusType() == StatusType.START && (delta != null || last)) {
                update.startedAt = record.eventTime();
            }
        }
        return update;
    }

    public Session session() {
        return session;
    }

    /** What the applied records added, in sequence order; empty when every record was applied before. */
    public List<UsageDelta> deltas() {
        return deltas;
    }

    /** Whether a record was applied, so the session must be written. */
    public boolean changed() {
        return !deltas.isEmpty();
    }

    /** Whether others must hear of the session: it changed, or its last write's follow-ups may have been cut short. */
    public boolean toAnnounce() {
        return changed() || redelivered;
    }

    public boolean redelivered() {
        return redelivered;
    }

    /** When the session's Start in this poll happened, null without one: the device's older sessions end then. */
    public Instant startedAt() {
        return startedAt;
    }

    /** Records of the poll the session had applied before: redeliveries and routers' retransmissions. */
    public int duplicates() {
        return duplicates;
    }
}
