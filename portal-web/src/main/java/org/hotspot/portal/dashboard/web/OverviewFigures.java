package org.hotspot.portal.dashboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.security.Role;
import org.hotspot.portal.dashboard.session.SignedIn;

/**
 * The overview's figures, asked of the services at once, each alone: a service that is down or
 * refuses this role leaves its figure "not available", never the page. Online now counts the first
 * thousand active sessions ("1,000+" beyond: the overview is a glance, the sessions page pages).
 */
@ApplicationScoped
public class OverviewFigures {

    private static final int ONLINE_PAGE = 1000;
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final OverviewApis.Plans plans;
    private final OverviewApis.Routers routers;
    private final OverviewApis.Sessions sessions;
    private final DashboardFrames frames;

    public OverviewFigures(@RestClient OverviewApis.Plans plans, @RestClient OverviewApis.Routers routers,
            @RestClient OverviewApis.Sessions sessions, DashboardFrames frames) {
        this.plans = plans;
        this.routers = routers;
        this.sessions = sessions;
        this.frames = frames;
    }

    public Uni<Overview> of(SignedIn signedIn) {
        String bearer = signedIn.authorization();
        String requestId = signedIn.requestId();
        // The organization's digits, as on every other figure of the page.
        Formats formats = frames.of(signedIn, "overview").formats();
        Role role = signedIn.operator().role();
        Uni<String> online = role == Role.RESELLER ? Uni.createFrom().nullItem()
                : count(sessions.active(bearer, requestId, true, ONLINE_PAGE), formats);
        Uni<String> routerCount = count(routers.list(bearer, requestId), formats);
        Uni<String> planCount = count(plans.list(bearer, requestId), formats);
        return Uni.combine().all().unis(online, routerCount, planCount)
                .with((onlineNow, routerTotal, planTotal) -> {
                    List<Overview.Figure> figures = new ArrayList<>();
                    if (role != Role.RESELLER) {
                        figures.add(new Overview.Figure("online", "overviewOnline", onlineNow, "/dashboard/sessions"));
                    }
                    figures.add(new Overview.Figure("routers", "overviewRouters", routerTotal, null));
                    figures.add(new Overview.Figure("plans", "overviewPlans", planTotal, "/dashboard/plans"));
                    return new Overview(figures);
                });
    }

    /** The number of items of a list, or of session-service's page; null when the service did not answer with one. */
    private static Uni<String> count(Uni<JsonNode> call, Formats formats) {
        return call
                .ifNoItem().after(TIMEOUT).fail()
                .map(body -> written(items(body), formats))
                .onFailure().recoverWithNull();
    }

    private static JsonNode items(JsonNode body) {
        if (body != null && body.isObject()) {
            return body.get("sessions");
        }
        return body;
    }

    private static String written(JsonNode list, Formats formats) {
        if (list == null || !list.isArray()) {
            return null;
        }
        String count = formats.number((long) list.size());
        return list.size() >= ONLINE_PAGE ? count + "+" : count;
    }
}
