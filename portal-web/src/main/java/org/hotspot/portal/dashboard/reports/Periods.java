package org.hotspot.portal.dashboard.reports;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.hotspot.portal.dashboard.vouchers.Links;

/**
 * The periods the usage and sales reports offer, read the same way: today, the last 7 or 30 days
 * (today included), or from one typed date to another, both included. Days are UTC days, as the
 * services cut their buckets and read dates.
 */
public final class Periods {

    public static final List<String> CHOICES = List.of("today", "7d", "30d", "custom");
    /** The services' longest report: 366 days. */
    static final long MAX_DAYS = 366;

    private Periods() {
    }

    /** The chosen period, or {@code fallback} for none or an unknown one. */
    public static String choice(String typed, String fallback) {
        return typed != null && CHOICES.contains(typed) ? typed : fallback;
    }

    /**
     * The first and last day of the period; for a custom one, the typed dates, each wrong one named
     * in {@code errors} (field to {@code reports} message key) and null.
     */
    public static LocalDate[] days(String chosen, String from, String to, LocalDate today,
            Map<String, String> errors) {
        switch (chosen) {
            case "today":
                return new LocalDate[] {today, today};
            case "7d":
                return new LocalDate[] {today.minusDays(6), today};
            case "30d":
                return new LocalDate[] {today.minusDays(29), today};
            default:
                break;
        }
        LocalDate first = day(from);
        LocalDate last = day(to);
        if (first == null) {
            errors.put("from", Links.given(from) == null ? "errorFromMissing" : "errorDate");
        }
        if (last == null) {
            errors.put("to", Links.given(to) == null ? "errorToMissing" : "errorDate");
        }
        if (first != null && last != null && last.isBefore(first)) {
            errors.put("to", "errorToBeforeFrom");
        } else if (first != null && last != null && length(first, last) > MAX_DAYS) {
            errors.put("to", "errorTooLong");
        }
        return new LocalDate[] {first, last};
    }

    /** Days from {@code first} to {@code last}, both included. */
    static long length(LocalDate first, LocalDate last) {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The start of the day, as the services read it. */
    public static String start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    /** The end of the day: the start of the next. */
    public static String end(LocalDate day) {
        return start(day.plusDays(1));
    }

    private static LocalDate day(String typed) {
        try {
            return Links.given(typed) == null ? null : LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
