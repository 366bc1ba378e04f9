package org.hotspot.session.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotspot.session.Session;
import org.hotspot.session.config.SessionConfig;
import org.hotspot.session.repository.OpenSessionRepository;
import org.hotspot.session.repository.OpenSessionRepository.OpenSession;
import org.hotspot.session.repository.SessionRepository;
import org.jboss.logging.Logger;

/**
 * Closes sessions whose router has said nothing of them for several interim intervals: the Stop was
 * lost, or the router died. Without this a lost Stop would hold a device place on the voucher for
 * ever. {@value #CLOSED_PER_RUN} at a time, so a router outage that silences thousands is worked through in steps.
 * It looks through the open sessions' set ({@link OpenSessionRepository}), not through every session
 * stored, and removes from it what is closed already or was never written.
 *
 * <p>Silence is measured on router-gateway's clock ({@link Session#lastHeardAt}), not the router's
 * Event-Timestamp: a board without a battery reports 1970 until it has synchronised its clock, and
 * its sessions, reporting all along, would be closed as stale at once.
 */
@ApplicationScoped
public class StaleSweep {

    private static final Logger LOG = Logger.getLogger(StaleSweep.class);
    private static final int CLOSED_PER_RUN = 500;
    private static final int READ = 1_000;

    private final SessionRepository sessions;
    private final OpenSessionRepository openSessions;
    private final SessionClosing closing;
    private final SessionConfig config;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    public StaleSweep(SessionRepository sessions, OpenSessionRepository openSessions, SessionClosing closing,
            SessionConfig config, MeterRegistry meters) {
        this.sessions = sessions;
        this.openSessions = openSessions;
        this.closing = closing;
        this.config = config;
        this.meters = meters;
    }

    @Scheduled(every = "${hotspot.session.stale-sweep-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return sweep().onFailure().invoke(e -> LOG.warnf("Stale sweep failed, next run retries: %s", e.getMessage()))
                .onFailure().recoverWithNull();
    }

    /** Closes, as {@code Stale}, open sessions silent for longer than the configured intervals. */
    public Uni<Void> sweep() {
        return sweep(clock.instant());
    }

    /** The sweep as it would run at {@code now}. */
    public Uni<Void> sweep(Instant now) {
        Instant before = now.minus(config.interimInterval().multipliedBy(config.staleAfterIntervals()));
        // A session first heard of since then has been heard of since then.
        Instant inFlight = now.minus(config.interimInterval());
        return openSessions.all()
                .map(entries -> entries.stream().filter(entry -> entry.addedAt().isBefore(before)).toList())
                .onItem().transformToMulti(candidates -> Multi.createFrom().iterable(chunks(candidates)))
                .onItem().transformToUniAndConcatenate(chunk -> silent(chunk, before, inFlight))
                .collect().in(ArrayList<Session>::new, List::addAll)
                .map(StaleSweep::oldestFirst)
                .invoke(stale -> meters.counter("hotspot.session.stale").increment(stale.size()))
                // Asked again of a session whose close lost to a record: that record is news from it.
                .chain(stale -> closing.close(stale, session -> lastHeard(session).isBefore(before), now, "Stale"));
    }

    /** The chunk's sessions silent since {@code before}; entries of sessions closed, or not written since {@code inFlight}, removed. */
    private Uni<List<Session>> silent(List<OpenSession> chunk, Instant before, Instant inFlight) {
        return sessions.byIds(chunk.stream().map(OpenSession::sessionId).toList())
                .chain(found -> {
                    Map<String, Session> byId = new HashMap<>();
                    found.forEach(session -> byId.put(session.id, session));
                    List<String> gone = new ArrayList<>();
                    List<Session> stale = new ArrayList<>();
                    for (OpenSession entry : chunk) {
                        Session session = byId.get(entry.sessionId());
                        if (session == null ? entry.addedAt().isBefore(inFlight) : !session.open()) {
                            gone.add(entry.sessionId());
                        } else if (session != null && lastHeard(session).isBefore(before)) {
                            stale.add(session);
                        }
                    }
                    return openSessions.remove(gone).replaceWith(stale);
                });
    }

    private static List<Session> oldestFirst(List<Session> stale) {
        return stale.stream().sorted(Comparator.comparing(StaleSweep::lastHeard)).limit(CLOSED_PER_RUN).toList();
    }

    /** When router-gateway last received a record of the session; for one stored before that was kept, its last update. */
    private static Instant lastHeard(Session session) {
        return session.lastHeardAt != null ? session.lastHeardAt : session.lastUpdateAt;
    }

    private static List<List<OpenSession>> chunks(List<OpenSession> entries) {
        List<List<OpenSession>> chunks = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += READ) {
            chunks.add(entries.subList(from, Math.min(entries.size(), from + READ)));
        }
        return chunks;
    }
}
