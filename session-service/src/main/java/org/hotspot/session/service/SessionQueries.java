package org.hotspot.session.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import org.hotspot.session.Session;
import org.hotspot.session.repository.OpenSessionRepository;
import org.hotspot.session.repository.OpenSessionRepository.OpenSession;
import org.hotspot.session.repository.SessionRepository;
import org.hotspot.session.repository.VoucherLedgerRepository;

/**
 * The pages operators read: a voucher's sessions from its ledger, the active ones from the open
 * sessions' set, each then read by key; only the whole history of an organization is a query over
 * the sessions (served by an index on MongoDB).
 */
@ApplicationScoped
public class SessionQueries {

    private static final Comparator<Session> NEWEST_FIRST =
            Comparator.comparing((Session session) -> session.startedAt).reversed()
                    .thenComparing(session -> session.id);

    private final SessionRepository sessions;
    private final VoucherLedgerRepository ledgers;
    private final OpenSessionRepository openSessions;

    public SessionQueries(SessionRepository sessions, VoucherLedgerRepository ledgers,
            OpenSessionRepository openSessions) {
        this.sessions = sessions;
        this.ledgers = ledgers;
        this.openSessions = openSessions;
    }

    /** The organization's sessions, newest first: of one voucher if {@code voucherId} is given, only the open ones if {@code activeOnly}. */
    public Uni<List<Session>> page(String organizationId, boolean activeOnly, String voucherId, int page, int size) {
        return page(organizationId, activeOnly, voucherId, SessionFilter.NONE, page, size);
    }

    /** The same, of one router or started within a time window as {@code filter} says. */
    public Uni<List<Session>> page(String organizationId, boolean activeOnly, String voucherId, SessionFilter filter,
            int page, int size) {
        if (voucherId != null) {
            return ledgers.of(organizationId, voucherId)
                    .chain(ledger -> ledger == null ? Uni.createFrom().item(List.<Session>of())
                            : sessions.byIds(ledger.sessionIds()))
                    .map(found -> found.stream()
                            .filter(session -> organizationId.equals(session.organizationId))
                            .filter(session -> !activeOnly || session.open())
                            .filter(session -> filter.matches(session.routerId, session.startedAt))
                            .sorted(NEWEST_FIRST)
                            .skip((long) page * size)
                            .limit(size)
                            .toList());
        }
        if (activeOnly) {
            return openSessions.ofOrganization(organizationId)
                    .map(entries -> entries.stream()
                            .filter(entry -> filter.matches(entry.routerId(), entry.startedAt()))
                            .sorted(Comparator.comparing(OpenSession::startedAt).reversed()
                                    .thenComparing(OpenSession::sessionId))
                            .skip((long) page * size)
                            .limit(size)
                            .map(OpenSession::sessionId)
                            .toList())
                    .chain(ids -> sessions.byIds(ids))
                    .map(found -> found.stream()
                            .filter(session -> organizationId.equals(session.organizationId) && session.open())
                            .sorted(NEWEST_FIRST)
                            .toList());
        }
        return filter.none() ? sessions.history(organizationId, page, size)
                : sessions.history(organizationId, filter.conditions(), page, size);
    }
}
