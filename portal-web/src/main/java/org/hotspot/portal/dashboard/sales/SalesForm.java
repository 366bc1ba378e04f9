package org.hotspot.portal.dashboard.sales;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotspot.portal.dashboard.reports.Periods;
import org.hotspot.portal.dashboard.vouchers.Links;

/**
 * The sales report's period and grouping as typed, checked; {@code errors} holds a {@code reports}
 * message key by field. See {@link Periods} for the period.
 */
@TemplateData
public record SalesForm(String period, String from, String to, String groupBy, int page, Map<String, String> errors,
        LocalDate first, LocalDate last) {

    public static final List<String> GROUPINGS = List.of("reseller", "profile");

    static SalesForm read(String period, String from, String to, String groupBy, int page, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String chosen = Periods.choice(period, "30d");
        LocalDate[] days = Periods.days(chosen, from, to, today, errors);
        return new SalesForm(chosen, Links.given(from), Links.given(to),
                groupBy != null && GROUPINGS.contains(groupBy) ? groupBy : "reseller", page, errors,
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

    public String href(String path, int toPage) {
        return Links.withQuery(path, Links.parameters("period", period, "from", custom() ? from : null,
                "to", custom() ? to : null, "groupBy", groupBy, "page", toPage == 0 ? null : Integer.toString(toPage)));
    }
}
