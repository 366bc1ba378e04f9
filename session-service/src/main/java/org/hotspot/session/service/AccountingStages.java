package org.hotspot.session.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long each stage of applying a poll's records takes ({@code hotspot.session.batch.stage}, by stage): it is a
 * handful of round trips, and when accounting falls behind these say which one holds it back.
 */
@ApplicationScoped
public class AccountingStages {

    private final MeterRegistry meters;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public AccountingStages(MeterRegistry meters) {
        this.meters = meters;
    }

    /** The work, its time from subscription to its end (success or failure) recorded under {@code stage}. */
    public <T> Uni<T> timed(String stage, Uni<T> work) {
        return Uni.createFrom().deferred(() -> {
            Timer.Sample started = Timer.start(meters);
            return work.onTermination().invoke(() -> started.stop(timer(stage)));
        });
    }

    private Timer timer(String stage) {
        return timers.computeIfAbsent(stage, name -> Timer.builder("hotspot.session.batch.stage").tag("stage", name)
                .description("Time a stage of applying a poll of accounting records took").register(meters));
    }
}
