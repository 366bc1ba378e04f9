package org.hotspot.portal.dashboard.reports;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotspot.portal.dashboard.vouchers.Links;

/**
 * The report's period, interval and grouping as typed, checked: {@code errors} names each field
 * wrong (a {@code reports} message key by field). Days are UTC days, as session-service cuts its
 * buckets: the period runs from the first day's start to the end of the last.
 */
@TemplateData
public record ReportForm(String period, String from, String to, String interval, String groupBy,
        Map<String, String> errors, LocalDate first, LocalDate last) {

    /** The groupings offered; a reseller's usage is by voucher only (session-service refuses the others). */
    public static final List<String> GROUPINGS = List.of("profile", "router", "site");
    public static final List<String> PERIODS = List.of("today", "7d", "30d", "custom");
    public static final List<String> INTERVALS = List.of("hour", "day");
    /** session-service's limits: 31 days by hour, 366 by day. */
    static final long MAX_HOURLY_DAYS = 31;
    static final long MAX_DAYS = 366;

    static ReportForm read(String period, String from, String to, String interval, String groupBy, LocalDate today,
            boolean reseller) {
        Map<String, String> errors = new LinkedHashMap<>();
        String chosen = (period != null && PERIODS.contains(period)) ? period : "7d";
        String by = reseller ? "voucher" : (groupBy != null && GROUPINGS.contains(groupBy)) ? groupBy : "profile";
        LocalDate first = today;
        LocalDate last = today;
        switch (chosen) {
            case "7d" -> first = today.minusDays(6);
            case "30d" -> first = today.minusDays(29);
            case "custom" -> {
                first = day(from);
                last = day(to);
                if (first == null) {
                    errors.put("from", Links.given(from) == null ? "errorFromMissing" : "errorDate");
                }
                if (last == null) {
                    errors.put("to", Links.given(to) == null ? "errorToMissing" : "errorDate");
                }
                if (first != null && last != null && last.isBefore(first)) {
                    errors.put("to", "errorToBeforeFrom");
                } else if (first != null && last != null && ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
                    errors.put("to", "errorTooLong");
                }
            }
            default -> {
            }
        }
        String width =
                (interval != null && INTERVALS.contains(interval)) ? interval : "today".equals(chosen) ? "hour" : "day";
        if (errors.isEmpty() && "hour".equals(width) && ChronoUnit.DAYS.between(first, last) + 1 > MAX_HOURLY_DAYS) {
            errors.put("interval", "errorHourlyTooLong");
        }
        return new ReportForm(chosen, Links.given(from), Links.given(to), width, by, errors,
                errors.isEmpty() ? first : null, errors.isEmpty() ? last : null);
    }

    private static LocalDate day(String typed) {
        try {
            return Links.given(typed) == null ? null : LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The periods offered, in order. */
    public List<String> periods() {
        return PERIODS;
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public boolean custom() {
        return "custom".equals(period);
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The start of the first day, as session-service reads it. */
    public String fromInstant() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    /** The end of the last day: the start of the next. */
    public String toInstant() {
        return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    /** The form's values as an address's parameters, for {@code path}. */
    public String href(String path) {
        return Links.withQuery(path, Links.parameters("period", period, "from", custom() ? from : null,
                "to", custom() ? to : null, "interval", interval, "groupBy",
                "voucher".equals(groupBy) ? null : groupBy));
    }
}
