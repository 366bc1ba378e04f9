package org.hotspot.session.usage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.hotspot.session.UsageDelta;

/**
 * The write side of the usage time series: each applied accounting record's delta becomes a raw
 * sample and is added to the hourly and daily roll-ups of its organization, voucher, profile,
 * router and site. Recording the same delta again (a redelivery after a crash) changes nothing, and
 * completes what a crash left undone: the sample is stored once by its record id, and each roll-up
 * takes a session's sequence once.
 *
 * <p>The roll-ups rely on the caller's order: a session's deltas are recorded in sequence order,
 * and the next one only once the previous one's {@code Uni} succeeded. A delta that fails must be
 * recorded again before the session's next: a bucket that has seen a newer sequence of the session
 * ignores older ones.
 */
@ApplicationScoped
public class UsageSeries {

    private final SampleStore samples;
    private final RollupStore rollups;
    private final Counter stored;
    private final Counter duplicates;
    private final Counter added;
    private final Counter skipped;

    public UsageSeries(SampleStore samples, RollupStore rollups, MeterRegistry registry) {
        this.samples = samples;
        this.rollups = rollups;
        this.stored = sampleCounter(registry, "stored");
        this.duplicates = sampleCounter(registry, "duplicate");
        this.added = rollupCounter(registry, "added");
        this.skipped = rollupCounter(registry, "skipped");
    }

    /** Stores the delta as a sample and adds it to every roll-up it belongs to. */
    public Uni<Void> record(UsageDelta delta) {
        String invalid = invalid(delta);
        if (invalid != null) {
            return Uni.createFrom().failure(new IllegalArgumentException("Usage delta " + invalid + ": " + delta));
        }
        return samples.store(delta)
                .invoke(this::countSample)
                .chain(() -> rollUp(delta));
    }

    private Uni<Void> rollUp(UsageDelta delta) {
        List<Uni<Boolean>> additions = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            if (dimension.keyOf(delta) == null) {
                continue;
            }
            for (Interval interval : Interval.values()) {
                additions.add(rollups.add(delta, dimension, interval));
            }
        }
        return Uni.join().all(additions).andFailFast()
                .invoke(this::countRollups)
                .replaceWithVoid();
    }

    private void countSample(boolean isNew) {
        (isNew ? stored : duplicates).increment();
    }

    private void countRollups(List<Boolean> results) {
        results.forEach(isNew -> (isNew ? added : skipped).increment());
    }

    /** What makes the delta unusable, or null: these fields name its sample and buckets. */
    private static String invalid(UsageDelta delta) {
        if (delta.recordId() == null || delta.sessionKey() == null || delta.organizationId() == null
                || delta.at() == null) {
            return "lacks recordId, sessionKey, organizationId or at";
        }
        if (delta.sequence() < 1) {
            return "has a sequence below 1";
        }
        return null;
    }

    private static Counter sampleCounter(MeterRegistry registry, String result) {
        return Counter.builder("hotspot.usage.samples").tag("result", result)
                .description("Usage deltas recorded: stored as new samples, or duplicates of stored ones")
                .register(registry);
    }

    private static Counter rollupCounter(MeterRegistry registry, String result) {
        return Counter.builder("hotspot.usage.rollups").tag("result", result)
                .description("Roll-up buckets a delta was added to, or skipped as having it already")
                .register(registry);
    }
}
