package org.hotspot.session.usage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.hotspot.session.config.SessionConfig;
import org.jboss.logging.Logger;

/**
 * Deletes raw samples older than {@code hotspot.session.sample-retention}; the roll-ups stay, so
 * reports over old ranges still answer. A scheduled sweep rather than a TTL index: the embedded
 * MongoDB has no TTL expiry, and one indexed range delete an hour costs little on the real one.
 * Samples are aged by when the usage happened, not when it was stored.
 */
@ApplicationScoped
public class SampleRetention {

    private static final Logger LOG = Logger.getLogger(SampleRetention.class);

    private final SampleStore samples;
    private final SessionConfig config;
    private final Counter expired;

    public SampleRetention(SampleStore samples, SessionConfig config, MeterRegistry registry) {
        this.samples = samples;
        this.config = config;
        this.expired = Counter.builder("hotspot.usage.samples.expired")
                .description("Raw usage samples deleted by the retention sweep")
                .register(registry);
    }

    @Scheduled(every = "${hotspot.session.sample-sweep-interval}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return sweep()
                .onFailure().invoke(e -> LOG.warnf("Sample retention sweep stopped this round: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Deletes the samples past retention, of every organization; how many. */
    public Uni<Long> sweep() {
        Instant cutoff = Instant.now().minus(config.sampleRetention());
        return samples.deleteBefore(cutoff)
                .invoke(this::count);
    }

    private void count(long deleted) {
        expired.increment(deleted);
        if (deleted > 0) {
            LOG.infof("Deleted %d usage samples past retention", deleted);
        }
    }
}
