package org.hotspot.portal.dashboard.vouchers;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotspot.portal.dashboard.sessions.SessionClient.Session;
import org.hotspot.portal.dashboard.vouchers.VoucherClient.Voucher;
import org.hotspot.portal.dashboard.web.PageProblem;

/** What the vouchers pages show: their page models, for templates/dashboard/vouchers/. */
public final class VoucherViews {

    /** The states a search can ask for, in the order the form lists them. */
    public static final List<String> STATES = List.of("UNUSED", "ACTIVE", "EXHAUSTED", "EXPIRED", "REVOKED",
            "DISABLED");

    private VoucherViews() {
    }

    /** The search form's fields as typed, kept on the page whatever the answer. */
    @TemplateData
    public record Filters(String batch, String serialFrom, String serialTo, String state, String mac) {

        public Map<String, String> parameters(int page) {
            return Links.parameters("batch", batch, "serialFrom", serialFrom, "serialTo", serialTo, "state", state,
                    "mac", mac, "page", page == 0 ? null : Integer.toString(page));
        }

        public boolean any() {
            return batch != null || serialFrom != null || serialTo != null || state != null || mac != null;
        }
    }

    /** One voucher in the results or on its page; {@code code} is null whenever the role may not see it. */
    @TemplateData
    public record Row(Voucher voucher, String code) {

        public String href() {
            return "/dashboard/vouchers/" + Links.segment(voucher.id());
        }

        public String stateKey() {
            return "state" + voucher.state();
        }

        /** The CSS class of its state's badge. */
        public String stateClass() {
            return "state-" + voucher.state().toLowerCase(Locale.ROOT);
        }

        public long serial() {
            return voucher.serial();
        }

        public long bytes() {
            return voucher.bytesIn() + voucher.bytesOut();
        }
    }

    /** An option of the state filter. */
    @TemplateData
    public record StateOption(String value, String labelKey, boolean selected) {
    }

    /**
     * The search page.
     *
     * @param code      the code typed into the find form, kept when it found nothing
     * @param codeProblem a {@link VoucherMessages} key about the code, or null
     * @param from      the position of the first row shown, from 1
     */
    @TemplateData
    public record SearchPage(Filters filters, List<StateOption> states, String code, String codeProblem,
            List<Row> rows, long total, long from, long to, String previousHref, String nextHref, long pageNumber,
            PageProblem problem, boolean showCodes) {

        /** Whether voucher-service named this filter as invalid, for {@code aria-invalid}. */
        public boolean invalid(String field) {
            return problem != null && problem.invalid(field);
        }

        /** The {@link VoucherMessages} key of what is wrong with this filter, or null. */
        public String fieldError(String field) {
            if (!invalid(field)) {
                return null;
            }
            return switch (field) {
                case "batch" -> "errorBatch";
                case "mac" -> "errorMac";
                default -> "errorSerial";
            };
        }
    }

    /** An action on a voucher: a link to its confirmation, then a form posting to {@code postHref}. */
    @TemplateData
    public record Action(String name, String buttonKey, String confirmHref, String postHref, boolean danger) {
    }

    /** A session of the voucher, with its share of the voucher's data for the timeline's bar. */
    @TemplateData
    public record SessionRow(Session session, long bytes, long maxBytes) {

        public String stateKey() {
            return "state" + session.state();
        }

        public Instant ended() {
            return session.stoppedAt();
        }
    }

    /**
     * A voucher's page.
     *
     * @param planName  the plan's name, or null when it could not be read
     * @param sessions  newest first; {@code timeline} the same oldest first
     * @param sessionsShown false when session-service did not answer
     * @param actions   the actions the operator may take in the voucher's state: revoke, disable, enable
     * @param confirm   the action waiting for confirmation, or null
     * @param done      a {@link VoucherMessages} key of what was just done, for the live region, or null
     * @param refusal   a {@link VoucherMessages} key explaining a refused action, or null
     */
    @TemplateData
    public record VoucherPage(Row row, String planName, List<SessionRow> sessions, List<SessionRow> timeline,
            boolean sessionsShown, List<Action> actions, Action confirm, boolean readOnly, String done,
            String refusal, PageProblem problem, String csrfToken) {

        public String confirmTitleKey() {
            return confirm == null ? null : "confirm" + capitalized(confirm.name()) + "Title";
        }

        public String confirmTextKey() {
            return confirm == null ? null : "confirm" + capitalized(confirm.name()) + "Text";
        }

        public boolean hasDevices() {
            return row.voucher().boundMacs() != null && !row.voucher().boundMacs().isEmpty();
        }

        private static String capitalized(String action) {
            return Character.toUpperCase(action.charAt(0)) + action.substring(1);
        }
    }
}
