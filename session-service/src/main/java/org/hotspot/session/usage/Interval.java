package org.hotspot.session.usage;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The width of a roll-up bucket. Buckets are aligned in UTC: a day is a UTC day, whatever the
 * organization's time zone, so every replica and every query cuts time the same way.
 */
public enum Interval {
    HOUR(ChronoUnit.HOURS, Duration.ofDays(1)),
    DAY(ChronoUnit.DAYS, Duration.ofDays(30));

    private final ChronoUnit unit;
    private final Duration defaultSpan;

    Interval(ChronoUnit unit, Duration defaultSpan) {
        this.unit = unit;
        this.defaultSpan = defaultSpan;
    }

    /** The start of the bucket holding this instant. */
    public Instant bucketStart(Instant at) {
        return at.truncatedTo(unit);
    }

    /** The range a query covers when it names no {@code from}: the last day of hours, the last 30 days. */
    public Duration defaultSpan() {
        return defaultSpan;
    }

    /** The name in the API and in stored roll-ups: {@code hour}. */
    public String apiName() {
        return ApiNames.of(this);
    }

    /** The interval of an API name, in any case; null when there is none. */
    public static Interval parse(String name) {
        return ApiNames.parse(Interval.class, name);
    }
}
