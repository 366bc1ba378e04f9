package org.hotspot.portal.dashboard.reports;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotspot.portal.dashboard.vouchers.Links;

/**
 * The usage report's period, interval and grouping as typed, checked: {@code errors} names each
 * field wrong (a {@code reports} message key by field). See {@link Periods} for the period.
 */
@TemplateData
public record ReportForm(String period, String from, String to, String interval, String groupBy,
        Map<String, String> errors, LocalDate first, LocalDate last) {

    /** The groupings offered; a reseller's usage is by voucher only (session-service refuses the others). */
    public static final List<String> GROUPINGS = List.of("profile", "router", "site");
    public static final List<String> INTERVALS = List.of("hour", "day");
    /** session-service's limit by hour: 31 days. */
    static final long MAX_HOURLY_DAYS = 31;

    static ReportForm read(String period, String from, String to, String interval, String groupBy, LocalDate today,
            boolean reseller) {
        Map<String, String> errors = new LinkedHashMap<>();
        String chosen = Periods.choice(period, "7d");
        String by = reseller ? "voucher" : groupBy != null && GROUPINGS.contains(groupBy) ? groupBy : "profile";
        LocalDate[] days = Periods.days(chosen, from, to, today, errors);
        String width = interval != null && INTERVALS.contains(interval) ? interval
                : "today".equals(chosen) ? "hour" : "day";
        if (errors.isEmpty() && "hour".equals(width) && Periods.length(days[0], days[1]) > MAX_HOURLY_DAYS) {
            errors.put("interval", "errorHourlyTooLong");
        }
        return new ReportForm(chosen, Links.given(from), Links.given(to), width, by, errors,
                errors.isEmpty() ? days[0] : null, errors.isEmpty() ? days[1] : null);
    }

    /** The periods offered, in order. */
    public List<String> periods() {
        return Periods.CHOICES;
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

    public String fromInstant() {
        return Periods.start(first);
    }

    public String toInstant() {
        return Periods.end(last);
    }

    /** The form's values as an address's parameters, for {@code path}. */
    public String href(String path) {
        return Links.withQuery(path, Links.parameters("period", period, "from", custom() ? from : null,
                "to", custom() ? to : null, "interval", interval, "groupBy",
                "voucher".equals(groupBy) ? null : groupBy));
    }
}
