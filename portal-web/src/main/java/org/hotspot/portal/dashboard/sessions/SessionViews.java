package org.hotspot.portal.dashboard.sessions;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.hotspot.portal.dashboard.sessions.SessionClient.Session;
import org.hotspot.portal.dashboard.vouchers.Links;
import org.hotspot.portal.dashboard.web.PageProblem;

/** The sessions page's model, for templates/dashboard/sessions/. */
public final class SessionViews {

    private SessionViews() {
    }

    /**
     * What the page shows: {@code active} the sessions online now, else the history; of one voucher
     * when {@code voucher} (a code, as typed) is given.
     */
    @TemplateData
    public record Filters(boolean active, String voucher, String router, String from, String to, int page) {

        public Map<String, String> parameters(int toPage) {
            return Links.parameters("view", active ? null : "history", "voucherId", voucher, "router", router,
                    "from", from, "to", to, "page", toPage == 0 ? null : Integer.toString(toPage));
        }

        /** The same filters on the other tab, from its first page. */
        public Filters showing(boolean activeOnes) {
            return new Filters(activeOnes, voucher, router, from, to, 0);
        }

        /** The page of the voucher filtered by, its id made one path segment; null without one. */
        public String voucherHref() {
            return voucher == null ? null : "/dashboard/vouchers/" + Links.segment(voucher);
        }

        public boolean any() {
            return voucher != null || router != null || from != null || to != null;
        }

        /** The start of the {@code from} day in the organization's time zone, or null. */
        public String fromInstant(ZoneId zone) {
            LocalDate day = day(from);
            return day == null ? null : day.atStartOfDay(zone).toInstant().toString();
        }

        /** The end of the {@code to} day: the start of the next, in the organization's time zone, or null. */
        public String toInstant(ZoneId zone) {
            LocalDate day = day(to);
            return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant().toString();
        }

        private static LocalDate day(String typed) {
            try {
                return typed == null ? null : LocalDate.parse(typed);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        public String href(int toPage) {
            return Links.withQuery("/dashboard/sessions", parameters(toPage));
        }
    }

    /**
     * A session in the list, with its router's name (its id when the name is not known), the address
     * of its Disconnect confirmation (null when it is closed or the role may not disconnect) and
     * whether that confirmation is the one open now.
     */
    @TemplateData
    public record Row(Session session, String routerName, String confirmHref, String postHref, boolean confirming) {

        public long bytes() {
            return session.bytesIn() + session.bytesOut();
        }

        public String stateKey() {
            return "state" + session.state();
        }

        public String voucherHref() {
            return session.voucherId() == null ? null : "/dashboard/vouchers/" + Links.segment(session.voucherId());
        }
    }

    /** A router of the filter's list. */
    @TemplateData
    public record RouterOption(String id, String name, boolean selected) {
    }

    /**
     * The sessions page.
     *
     * @param done    a {@code VoucherMessages} key of what was just done, for the live region, or null
     * @param refusal a {@code VoucherMessages} key of why the Disconnect was refused, or null
     */
    @TemplateData
    public record ListPage(Filters filters, List<RouterOption> routers, List<Row> rows, String activeHref,
            String historyHref,
            String previousHref, String nextHref, long pageNumber, boolean canDisconnect, String done,
            String refusal, PageProblem problem, String csrfToken) {
    }
}
