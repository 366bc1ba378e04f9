package org.hotspot.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
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

    /**
     * A session as the ledger knows it: {@link Session#version} tells which of two copies is newer.
     * {@code closing} marks a session about to be closed by this service (stale, superseded, its
     * router restarted): until the ledger takes the closed copy, the session is read again whenever
     * the voucher's totals are reported, so a closing cut short between the two writes is not lost.
     * {@code sealedUserName} is kept while the session is open, for the Disconnect-Request that may end it.
     */
    public record Entry(String sessionId, long version, boolean open, long sessionTime, long bytesIn, long bytesOut,
            String acctSessionId, String mac, String routerId, String framedIp, String sealedUserName,
            boolean closing) {

        static Entry of(Session session) {
            return new Entry(session.id, session.version, session.open(), session.sessionTime, session.bytesIn,
                    session.bytesOut, session.acctSessionId, session.mac, session.routerId, session.framedIp,
                    session.open() ? session.sealedUserName : null, false);
        }

        static Entry of(Document entry) {
            return new Entry(entry.getString("id"), number(entry, "v"), entry.getBoolean("open", false),
                    number(entry, "time"), number(entry, "in"), number(entry, "out"), entry.getString("acct"),
                    entry.getString("mac"), entry.getString("router"), entry.getString("ip"), entry.getString("user"),
                    entry.getBoolean("closing", false));
        }

        Entry markedClosing() {
            return new Entry(sessionId, version, open, sessionTime, bytesIn, bytesOut, acctSessionId, mac, routerId,
                    framedIp, sealedUserName, true);
        }

        Document document() {
            Document document = new Document("id", sessionId).append("v", version).append("open", open)
                    .append("time", sessionTime).append("in", bytesIn).append("out", bytesOut)
                    .append("acct", acctSessionId).append("mac", mac).append("router", routerId).append("ip", framedIp);
            if (sealedUserName != null) {
                document.append("user", sealedUserName);
            }
            return closing ? document.append("closing", true) : document;
        }
    }

    /**
     * The voucher's end (exhausted, expired, revoked, disabled) as voucher-service announced it:
     * any session still open, or opened later by a login accepted before the end, is to be cut off.
     *
     * @param eventId the announcing event, from which disconnect commands take their ids
     */
    public record Ended(String state, String reason, String eventId) {

        static Ended of(Document ended) {
            return ended == null ? null
                    : new Ended(ended.getString("state"), ended.getString("reason"), ended.getString("event"));
        }

        Document document() {
            return new Document("state", state).append("reason", reason).append("event", eventId);
        }
    }

    private final String voucherId;
    private final String organizationId;
    private Ended ended;
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
        VoucherLedger ledger = new VoucherLedger(voucherId, organizationId, entries);
        ledger.ended = stored == null ? null : Ended.of(stored.get("ended", Document.class));
        return ledger;
    }

    /** A ledger as stored. */
    public static VoucherLedger of(Document stored) {
        return of(stored.getString("organizationId"), stored.getString("voucherId"), stored);
    }

    /**
     * Takes each session of this voucher and organization that is newer than its entry, or that its
     * entry marks {@link Entry#closing}; whether anything changed. Sessions of another organization
     * are never counted, whatever their voucher id.
     */
    public boolean take(Collection<Session> sessions) {
        return update(sessions, (known, session) -> known == null || known.version() < session.version
                || known.closing() && known.version() == session.version ? Entry.of(session) : known);
    }

    /** Marks the sessions {@link Entry#closing}, taking those it did not know yet; whether anything changed. */
    public boolean markClosing(Collection<Session> sessions) {
        return update(sessions, (known, session) -> {
            Entry newest = known == null || known.version() < session.version ? Entry.of(session) : known;
            return newest.closing() ? newest : newest.markedClosing();
        });
    }

    /** Replaces each of this voucher's sessions' entries by what {@code next} makes of it; whether any changed. */
    private boolean update(Collection<Session> sessions, BiFunction<Entry, Session, Entry> next) {
        boolean changed = false;
        for (Session session : sessions) {
            if (!ours(session)) {
                continue;
            }
            String field = SessionHash.of(session.id).field();
            Entry known = entries.get(field);
            Entry updated = next.apply(known, session);
            if (updated != known) {
                entries.put(field, updated);
                changed = true;
            }
        }
        return changed;
    }

    private boolean ours(Session session) {
        return voucherId.equals(session.voucherId) && organizationId.equals(session.organizationId);
    }

    /** The sessions marked {@link Entry#closing}. */
    public List<Entry> closing() {
        return entries.values().stream().filter(Entry::closing).toList();
    }

    /** Records the voucher's end, or with null that it may be used again; whether anything changed. */
    public boolean end(Ended end) {
        if (Objects.equals(ended, end)) {
            return false;
        }
        ended = end;
        return true;
    }

    /** The voucher's end, null while it may be used. */
    public Ended ended() {
        return ended;
    }

    public Document document() {
        Document sessions = new Document();
        entries.forEach((field, entry) -> sessions.append(field, entry.document()));
        Document document = new Document("organizationId", organizationId).append("voucherId", voucherId)
                .append("sessions", sessions);
        return ended == null ? document : document.append("ended", ended.document());
    }

    /** The keys of all the voucher's sessions. */
    public List<String> sessionIds() {
        return entries.values().stream().map(Entry::sessionId).toList();
    }

    /** The sessions the ledger holds open. */
    public List<Entry> open() {
        return entries.values().stream().filter(Entry::open).toList();
    }

    public String voucherId() {
        return voucherId;
    }

    public String organizationId() {
        return organizationId;
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
