package org.hotspot.portal.dashboard.routers;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotspot.portal.dashboard.routers.RouterClient.Router;
import org.hotspot.portal.dashboard.web.Formats;
import org.hotspot.portal.dashboard.web.PageProblem;

/** The records the routers templates read as {@code page}. */
public final class RouterViews {

    private RouterViews() {
    }

    /**
     * The list.
     *
     * @param canEdit whether the operator may add, edit and delete routers and download their kits (admins)
     * @param notice  a {@link RouterMessages} key of what the last action did, or null
     * @param refusal a {@link RouterMessages} key of why the page refused this operator, or null
     * @param problem router-gateway's refusal or silence, or null
     */
    @TemplateData
    public record Listing(List<Row> routers, boolean canEdit, String notice, String refusal, PageProblem problem) {
    }

    /**
     * A router as the list shows it.
     *
     * @param statusKey   the {@link RouterMessages} key of its status; {@code statusUnknown} says it is not monitored yet
     * @param statusClass the badge's class
     * @param lastSeen    when monitoring last heard from it, written for the page; null when never
     * @param backupName  the name of its backup router, or null
     */
    @TemplateData
    public record Row(String id, String name, String site, String nasIp, String nasIdentifier, String modeKey,
            String statusKey, String statusClass, String lastSeen, String backupName, String hotspotDnsName) {

        static Row of(Router router, Map<String, String> names, Formats formats) {
            String status = router.status() == null ? "UNKNOWN" : router.status();
            String statusKey = switch (status) {
                case "UP" -> "statusUp";
                case "DEGRADED" -> "statusDegraded";
                case "DOWN" -> "statusDown";
                default -> "statusUnknown";
            };
            return new Row(router.id(), router.name(), router.site(), router.nasIp(), router.nasIdentifier(),
                    "API".equals(router.mode()) ? "modeApiShort" : "modeRadiusShort", statusKey,
                    "status-" + status.toLowerCase(Locale.ROOT),
                    router.lastSeen() == null ? null : formats.dateTime(router.lastSeen()),
                    router.backupRouterId() == null ? null : names.get(router.backupRouterId()),
                    router.hotspotDnsName());
        }

        public boolean monitored() {
            return !"statusUnknown".equals(statusKey);
        }
    }

    /** A router another one may fall back to, for the backup select. */
    @TemplateData
    public record Choice(String id, String name, boolean selected) {
    }

    /**
     * The add or edit form.
     *
     * @param errors         form field to the {@link RouterMessages} key of what is wrong with it
     * @param alertKey       a {@link RouterMessages} key above the form (the summary of field errors), or null
     * @param problem        router-gateway's refusal said in the frame's words, or null
     * @param routerId       null for a new router
     * @param secretSet      whether the router has a RADIUS secret (leaving the field empty keeps it)
     * @param apiPasswordSet whether the router has an API password (leaving the field empty keeps it)
     */
    @TemplateData
    public record FormPage(RouterForm form, Map<String, String> errors, String alertKey, PageProblem problem,
            String routerId, String routerName, List<Choice> backups, boolean secretSet, boolean apiPasswordSet) {

        public boolean editing() {
            return routerId != null;
        }

        /** The form's address: create, or save the edit. */
        public String action() {
            return routerId == null ? "/dashboard/routers" : "/dashboard/routers/" + routerId;
        }

        /** The attributes of an input: its error's id and {@code aria-invalid} when it has one, for {@code aria-describedby}. */
        public String describedBy(String field, boolean hint) {
            StringBuilder ids = new StringBuilder(hint ? field + "-hint" : "");
            if (errors.containsKey(field)) {
                ids.append(ids.isEmpty() ? "" : " ").append(field).append("-error");
            }
            return ids.toString();
        }
    }

    /** Deleting's confirmation. */
    @TemplateData
    public record DeletePage(String routerId, String routerName, String nasIp, PageProblem problem) {
    }
}
