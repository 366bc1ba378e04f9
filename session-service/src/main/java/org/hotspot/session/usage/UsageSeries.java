package org.hotspot.session.usage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import org.hotspot.session.UsageDelta;

/**
 * The write side of the usage time series: each applied accounting record's delta becomes a raw
 * sample and is added to the hourly and daily roll-ups of its organization, voucher, profile,
 * router and site. Recording the same delta again (a redelivery after a crash) changes nothing, and
 * completes what a crash left undone: the sample is stored once by its record id (and its session's
 * sequence), and each roll-up takes a partition's offset once.
 *
 * <p>The roll-ups rely on the caller's order: a partition's deltas are recorded in offset order,
 * the next ones only once the previous call's {@code Uni} succeeded. A delta that fails must be
 * recorded again before its partition's next: a bucket that has taken a newer offset of the
 * partition ignores older ones.
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
        return recordAll(List.of(delta));
    }

    /**
     * Stores each delta as a sample and adds it to every roll-up it belongs to: one insert for the
     * samples and one bulk write for the roll-ups, side by side (each is exact on its own).
     */
    public Uni<Void> recordAll(List<UsageDelta> deltas) {
        if (deltas.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String invalid = deltas.stream().map(UsageSeries::invalid).filter(Objects::nonNull).findFirst().orElse(null);
        if (invalid != null) {
            return Uni.createFrom().failure(new IllegalArgumentException("Usage delta " + invalid));
        }
        return Uni.combine().all().unis(
                samples.storeAll(deltas).invoke(isNew -> countSamples(isNew, deltas.size())),
                rollups.addAll(deltas).invoke(this::countRollups))
                .discardItems();
    }

    private void countSamples(int stored, int of) {
        this.stored.increment(stored);
        duplicates.increment(of - stored);
    }

    private void countRollups(List<Boolean> results) {
        long isNew = results.stream().filter(Boolean::booleanValue).count();
        added.increment(isNew);
        skipped.increment(results.size() - isNew);
    }

    /** What makes the delta unusable, or null: these fields name its sample and buckets. */
    private static String invalid(UsageDelta delta) {
        if (delta.recordId() == null || delta.sessionKey() == null || delta.organizationId() == null
                || delta.at() == null) {
            return "lacks recordId, sessionKey, organizationId or at: " + delta;
        }
        if (delta.sequence() < 1) {
            return "has a sequence below 1: " + delta;
        }
        if (delta.place() == null || delta.place().partition() == null || delta.place().offset() < 0) {
            return "lacks its place on the topic: " + delta;
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
