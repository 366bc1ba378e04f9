package org.hotspot.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.hotspot.events.session.VoucherUsage;
import org.hotspot.events.session.VoucherUsage.OpenSession;
import org.hotspot.session.usage.SessionHash;

/**
 * A voucher's sessions as last written, one entry each (its totals, whether open, where), kept in
 * one document per voucher; pure, no I/O. The voucher's usage is the sum of the entries, so it is
 * read with one lookup by voucher id instead of a query over every session ever stored, which the
 * embedded MongoDB, lacking secondary indexes, answers by reading them all. An entry is replaced
 * only by a newer version of its session, so taking the same session twice, or an older copy of it
 * after a newer one, changes nothing: the sum stays exact however often a change is replayed.
 */
public final class VoucherLedger {

    /** A session as the ledger knows it: {@link Session#version} tells which of two copies is newer. */
    public record Entry(String sessionId, long version, boolean open, long sessionTime, long bytesIn, long bytesOut,
            String acctSessionId, String mac, String routerId, String framedIp) {

        static Entry of(Session session) {
            return new Entry(session.id, session.version, session.open(), session.sessionTime, session.bytesIn,
                    session.bytesOut, session.acctSessionId, session.mac, session.routerId, session.framedIp);
        }

        static Entry of(Document entry) {
            return new Entry(entry.getString("id"), number(entry, "v"), entry.getBoolean("open", false),
                    number(entry, "time"), number(entry, "in"), number(entry, "out"), entry.getString("acct"),
                    entry.getString("mac"), entry.getString("router"), entry.getString("ip"));
        }

        Document document() {
            return new Document("id", sessionId).append("v", version).append("open", open).append("time", sessionTime)
                    .append("in", bytesIn).append("out", bytesOut).append("acct", acctSessionId).append("mac", mac)
                    .append("router", routerId).append("ip", framedIp);
        }
    }

    private final String voucherId;
    private final String organizationId;
    /** By the hash of the session key: keys hold characters (dots, dollars) that field names must not. */
    private final Map<String, Entry> entries;

    private VoucherLedger(String voucherId, String organizationId, Map<String, Entry> entries) {
        this.voucherId = voucherId;
        this.organizationId = organizationId;
        this.entries = entries;
    }

    /** The organization's voucher's ledger as stored ({@code stored} null for none yet). */
    public static VoucherLedger of(String organizationId, String voucherId, Document stored) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Document sessions = stored == null ? null : stored.get("sessions", Document.class);
        if (sessions != null) {
            sessions.forEach((field, entry) -> entries.put(field, Entry.of((Document) entry)));
        }
        return new VoucherLedger(voucherId, organizationId, entries);
    }

    /** A ledger as stored. */
    public static VoucherLedger of(Document stored) {
        return of(stored.getString("organizationId"), stored.getString("voucherId"), stored);
    }

    /**
     * Takes each session of this voucher and organization that is newer than its entry; whether
     * anything changed. Sessions of another organization are never counted, whatever their voucher id.
     */
    public boolean take(Collection<Session> sessions) {
        boolean changed = false;
        for (Session session : sessions) {
            if (!voucherId.equals(session.voucherId) || !organizationId.equals(session.organizationId)) {
                continue;
            }
            String field = SessionHash.of(session.id).field();
            Entry known = entries.get(field);
            if (known == null || known.version() < session.version) {
                entries.put(field, Entry.of(session));
                changed = true;
            }
        }
        return changed;
    }

    /** Whether the session is known at this version or a newer one. */
    public boolean knows(Session session) {
        Entry known = entries.get(SessionHash.of(session.id).field());
        return known != null && known.version() >= session.version;
    }

    public Document document() {
        Document sessions = new Document();
        entries.forEach((field, entry) -> sessions.append(field, entry.document()));
        return new Document("organizationId", organizationId).append("voucherId", voucherId)
                .append("sessions", sessions);
    }

    public String voucherId() {
        return voucherId;
    }

    public String organizationId() {
        return organizationId;
    }

    /** The sessions the ledger holds open. */
    public List<Entry> open() {
        return entries.values().stream().filter(Entry::open).toList();
    }

    /** The voucher's usage across all its sessions. */
    public VoucherUsage usage(Instant asOf) {
        long seconds = 0;
        long in = 0;
        long out = 0;
        List<OpenSession> open = new ArrayList<>();
        for (Entry entry : entries.values()) {
            seconds += entry.sessionTime();
            in += entry.bytesIn();
            out += entry.bytesOut();
            if (entry.open()) {
                open.add(new OpenSession(entry.acctSessionId(), entry.mac(), entry.routerId()));
            }
        }
        return new VoucherUsage(voucherId, seconds, in, out, open, asOf);
    }

    private static long number(Document document, String field) {
        Number value = document.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }
}
