package org.hotspot.portal.dashboard.sales;

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
 * The sales report's period and grouping as typed, checked; {@code errors} holds a {@code reports}
 * message key by field. Days are UTC days, as voucher-service reads dates.
 */
@TemplateData
public record SalesForm(String period, String from, String to, String groupBy, int page, Map<String, String> errors,
        LocalDate first, LocalDate last) {

    public static final List<String> PERIODS = List.of("today", "7d", "30d", "custom");
    public static final List<String> GROUPINGS = List.of("reseller", "profile");
    static final long MAX_DAYS = 366;

    static SalesForm read(String period, String from, String to, String groupBy, int page, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String chosen = (period != null && PERIODS.contains(period)) ? period : "30d";
        LocalDate first = switch (chosen) {
            case "today" -> today;
            case "7d" -> today.minusDays(6);
            case "30d" -> today.minusDays(29);
            default -> day(from);
        };
        LocalDate last = "custom".equals(chosen) ? day(to) : today;
        if ("custom".equals(chosen)) {
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
        return new SalesForm(chosen, Links.given(from), Links.given(to),
                (groupBy != null && GROUPINGS.contains(groupBy)) ? groupBy : "reseller", page, errors,
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

    public String fromInstant() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    public String toInstant() {
        return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    public String href(String path, int toPage) {
        return Links.withQuery(path, Links.parameters("period", period, "from", custom() ? from : null,
                "to", custom() ? to : null, "groupBy", groupBy, "page", toPage == 0 ? null : Integer.toString(toPage)));
    }
}
