package org.hotspot.session.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.hotspot.events.session.SessionChanged;
import org.hotspot.session.Session;
import org.hotspot.session.SessionAccounting;
import org.hotspot.session.messaging.SessionEventPublisher;
import org.hotspot.session.repository.OpenSessionRepository;
import org.hotspot.session.repository.SessionRepository;
import org.hotspot.session.repository.VoucherLedgerRepository;

/**
 * Closes sessions that will send no Stop: their router restarted (Accounting-On/Off), their device
 * started a newer one, or they went silent. Each close is a conditional write of the session as
 * read; one that lost a race to an accounting record is read again and closed if still open. The
 * vouchers concerned get fresh totals, which release the closed sessions' device places.
 */
@ApplicationScoped
public class SessionClosing {

    private static final int ATTEMPTS = 8;

    private final SessionRepository sessions;
    private final VoucherTotals totals;
    private final VoucherLedgerRepository ledgers;
    private final OpenSessionRepository openSessions;
    private final SessionEventPublisher publisher;

    public SessionClosing(SessionRepository sessions, VoucherTotals totals, VoucherLedgerRepository ledgers,
            OpenSessionRepository openSessions, SessionEventPublisher publisher) {
        this.sessions = sessions;
        this.totals = totals;
        this.ledgers = ledgers;
        this.openSessions = openSessions;
        this.publisher = publisher;
    }

    /** Closes the sessions, each if still open, at {@code at} (or at its last update, when later). */
    public Uni<Void> close(List<Session> open, Instant at, String cause) {
        return close(open, Session::open, at, cause);
    }

    /**
     * Closes those of the sessions that {@code ends} (asked again of a session read again after its
     * write lost to an accounting record, which may have changed the answer).
     */
    public Uni<Void> close(List<Session> candidates, Predicate<Session> ends, Instant at, String cause) {
        List<Session> open = candidates.stream().filter(session -> session.open() && ends.test(session)).toList();
        if (open.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Every voucher that lost a session reports its totals once.
        List<Session> closed = new ArrayList<>();
        return ledgers.markClosing(open)
                .onItem().transformToMulti(marked -> Multi.createFrom().iterable(open))
                .onItem().transformToUniAndConcatenate(session -> closeOne(session, ends, at, cause, 1))
                .invoke(session -> {
                    if (session != null) {
                        closed.add(session);
                    }
                })
                .collect().last()
                .chain(() -> openSessions.remove(closed.stream().map(session -> session.id).toList()))
                .chain(() -> totals.publishAll(closed));
    }

    /** The session as closed here, or null when it was closed already. */
    private Uni<Session> closeOne(Session session, Predicate<Session> ends, Instant at, String cause, int round) {
        if (!session.open() || !ends.test(session) || round > ATTEMPTS) {
            return Uni.createFrom().nullItem();
        }
        long expected = session.version;
        SessionAccounting.end(session, at, cause);
        return sessions.save(session, expected)
                .chain(saved -> saved ? announce(session).replaceWith(session)
                        : sessions.findById(session.id)
                                .chain(fresh -> fresh == null ? Uni.createFrom().<Session>nullItem()
                                        : closeOne(fresh, ends, at, cause, round + 1)));
    }

    /** Each session as the dashboard sees it, on {@code session-events}. */
    public Uni<Void> announceAll(List<Session> changed) {
        return publisher.all(changed.stream().map(this::announce).toList());
    }

    /** The session as the dashboard sees it, on {@code session-events}. */
    public Uni<Void> announce(Session session) {
        return publisher.changed(session.organizationId, new SessionChanged(session.id, session.voucherId,
                session.routerId, session.site, session.mac, session.framedIp, session.state.name(), session.bytesIn,
                session.bytesOut, session.sessionTime, session.startedAt, session.lastUpdateAt, session.stoppedAt,
                session.stopCause));
    }
}
