package org.hotspot.portal.dashboard.audit;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;
import org.hotspot.portal.dashboard.vouchers.Links;
import org.hotspot.portal.dashboard.web.PageProblem;

/** The records the audit template reads as {@code page}. */
public final class AuditViews {

    private AuditViews() {
    }

    /**
     * The filters as typed (blank ones null).
     *
     * @param from a date, {@code 2026-12-01}, as a date input sends it
     */
    @TemplateData
    public record Filters(String actor, String action, String target, String from, String to) {

        public boolean any() {
            return actor != null || action != null || target != null || from != null || to != null;
        }

        /** The page's address parameters with {@code page} (0-based; left out for the first). */
        Map<String, String> parameters(int page) {
            return Links.parameters("actor", actor, "action", action, "target", target, "from", from, "to", to,
                    "page", page > 0 ? Integer.toString(page) : null);
        }
    }

    /** An action the filter offers, in its group. */
    @TemplateData
    public record ActionOption(String value, String labelKey, boolean selected) {
    }

    @TemplateData
    public record ActionGroup(String labelKey, List<ActionOption> actions) {
    }

    /**
     * One record as the table shows it.
     *
     * @param when         the time, written in the page's language
     * @param actionKey    the {@link AuditMessages} key of the action's name, or null to show {@code action} as it is
     * @param targetKey    the {@link AuditMessages} key of the kind of record acted on, or null for none
     * @param targetHref   the page of what was acted on, or null when it has none
     * @param detail       the service's note, or null (never a voucher's for a viewer)
     * @param outcomeKey   {@code outcomeSuccess}, {@code outcomeFailure} or {@code outcomeDenied}
     */
    @TemplateData
    public record Row(String id, String when, String actor, String action, String actionKey, String targetKey,
            String targetId, String targetHref, String detail, String outcomeKey, String outcomeClass,
            String clientAddress) {
    }

    /**
     * The page.
     *
     * @param errors  filter field to the {@link AuditMessages} key of what is wrong with it
     * @param refusal an {@link AuditMessages} key saying why this operator may not read the log, or null
     */
    @TemplateData
    public record AuditPage(Filters filters, List<ActionGroup> actions, Map<String, String> errors, List<Row> rows,
            long total, long from, long to, String previousHref, String nextHref, long pageNumber, PageProblem problem,
            String refusal) {

        public boolean invalid(String field) {
            return errors.containsKey(field);
        }
    }
}
