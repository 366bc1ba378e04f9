package org.hotspot.session.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.hotspot.session.config.SessionConfig;
import org.hotspot.session.repository.SessionRepository;
import org.jboss.logging.Logger;

/**
 * Closes sessions whose router has said nothing of them for several interim intervals: the Stop was
 * lost, or the router died. Without this a lost Stop would hold a device place on the voucher for
 * ever. A batch at a time, so a router outage that silences thousands is worked through in steps.
 */
@ApplicationScoped
public class StaleSweep {

    private static final Logger LOG = Logger.getLogger(StaleSweep.class);
    private static final int BATCH = 500;

    private final SessionRepository sessions;
    private final SessionClosing closing;
    private final SessionConfig config;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    public StaleSweep(SessionRepository sessions, SessionClosing closing, SessionConfig config, MeterRegistry meters) {
        this.sessions = sessions;
        this.closing = closing;
        this.config = config;
        this.meters = meters;
    }

    @Scheduled(every = "${hotspot.session.stale-sweep-interval:60s}", delayed = "10s",
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
        return sessions.silentSince(before, BATCH)
                .invoke(stale -> meters.counter("hotspot.session.stale").increment(stale.size()))
                .chain(stale -> closing.close(stale, now, "Stale"));
    }
}
