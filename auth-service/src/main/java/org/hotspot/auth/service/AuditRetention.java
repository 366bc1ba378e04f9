package org.hotspot.auth.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.hotspot.auth.config.AuthConfig;
import org.hotspot.auth.repository.AuditRecordRepository;
import org.jboss.logging.Logger;

/**
 * Deletes audit records older than {@link AuthConfig.Audit#auditRetention()}. A scheduled sweep rather than
 * a TTL index, because the embedded MongoDB has none. Every replica sweeps: deleting by time is
 * idempotent, so two sweeps at once only find less to delete.
 */
@ApplicationScoped
public class AuditRetention {

    /** The scheduled job's identity, for pausing it. */
    public static final String JOB = "audit-retention";

    private static final Logger LOG = Logger.getLogger(AuditRetention.class);

    private final AuditRecordRepository records;
    private final AuthConfig.Audit config;
    private final Clock clock = Clock.systemUTC();

    public AuditRetention(AuditRecordRepository records, AuthConfig config) {
        this.records = records;
        this.config = config.audit();
    }

    // Several replicas may sweep at once: deleting what is already deleted is harmless.
    @Scheduled(identity = JOB, every = "${hotspot.auth.audit-sweep-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledSweep() {
        return sweep()
                .replaceWithVoid();
    }

    /** Deletes every record that occurred before now minus the retention; how many. */
    public Uni<Long> sweep() {
        Instant cutoff = clock.instant().minus(config.auditRetention());
        return records.deleteOccurredBefore(cutoff)
                .invoke(deleted -> logSwept(deleted, cutoff));
    }

    private static void logSwept(long deleted, Instant cutoff) {
        if (deleted > 0) {
            LOG.infof("Deleted %d audit records that occurred before %s", deleted, cutoff);
        }
    }
}
