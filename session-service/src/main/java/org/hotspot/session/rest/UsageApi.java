package org.hotspot.session.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.hotspot.common.validation.StorableTimes;
import org.hotspot.session.usage.Dimension;
import org.hotspot.session.usage.Interval;
import org.hotspot.session.usage.KeySeries;
import org.hotspot.session.usage.UsagePoint;
import org.hotspot.session.usage.UsageProblems;
import org.hotspot.session.usage.UsageRange;

/** The records of {@code GET /api/usage} and {@code GET /api/usage/latest}, and reading their parameters. */
public final class UsageApi {

    private UsageApi() {
    }

    /**
     * Usage by interval over a range.
     *
     * @param from     the first bucket start included
     * @param to       the end, excluded
     * @param interval {@code hour} or {@code day} (UTC)
     * @param groupBy  {@code organization}, {@code voucher}, {@code profile}, {@code router} or {@code site}
     * @param key      the one key asked for, or null for every key
     * @param series   one per key with usage in the range, keys in order
     */
    public record UsageReport(Instant from, Instant to, String interval, String groupBy, String key,
            List<SeriesView> series) {

        static UsageReport of(UsageRange range, Dimension groupBy, String key, List<KeySeries> series) {
            return new UsageReport(range.from(), range.to(), range.interval().apiName(), groupBy.apiName(), key,
                    series.stream().map(SeriesView::of).toList());
        }
    }

    /** @param points the buckets with usage, oldest first; a bucket without usage is absent rather than zero */
    public record SeriesView(String key, List<PointView> points) {

        static SeriesView of(KeySeries series) {
            return new SeriesView(series.key(), series.points().stream().map(PointView::of).toList());
        }
    }

    /** @param at the bucket's start */
    public record PointView(Instant at, long bytesIn, long bytesOut, long seconds) {

        static PointView of(UsagePoint point) {
            return new PointView(point.at(), point.bytesIn(), point.bytesOut(), point.seconds());
        }
    }

    /**
     * The most recent bucket of each key.
     *
     * @param since  keys without usage since then are absent
     * @param latest one per key, keys in order
     */
    public record LatestReport(String interval, String groupBy, String key, Instant since, List<LatestView> latest) {

        static LatestReport of(Interval interval, Dimension groupBy, String key, Instant since,
                List<KeySeries> latest) {
            return new LatestReport(interval.apiName(), groupBy.apiName(), key, since,
                    latest.stream().map(LatestView::of).toList());
        }
    }

    /** @param at the start of the key's most recent bucket with usage: the current one while usage flows */
    public record LatestView(String key, Instant at, long bytesIn, long bytesOut, long seconds) {

        static LatestView of(KeySeries series) {
            UsagePoint point = series.points().get(0);
            return new LatestView(series.key(), point.at(), point.bytesIn(), point.bytesOut(), point.seconds());
        }
    }

    static Interval interval(String value) {
        Interval interval = Interval.parse(value);
        if (interval == null) {
            throw UsageProblems.invalid("interval", "must be hour or day");
        }
        return interval;
    }

    static Dimension groupBy(String value) {
        Dimension dimension = Dimension.parse(value);
        if (dimension == null) {
            throw UsageProblems.invalid("groupBy", "must be organization, voucher, profile, router or site");
        }
        return dimension;
    }

    /** An ISO-8601 instant with its offset ({@code 2025-03-01T00:00:00Z}), or a date meaning its UTC midnight. */
    static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw UsageProblems.invalid(parameter, "must be an ISO-8601 time with offset, such as "
                    + "2025-03-01T00:00:00Z, or a date such as 2025-03-01");
        }
        if (!StorableTimes.contains(instant)) {
            throw UsageProblems.invalid(parameter, StorableTimes.BOUNDS);
        }
        return instant;
    }

    /** A blank key means every key. */
    static String key(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
