package org.hotspot.portal.dashboard.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hotspot.portal.dashboard.Navigation;
import org.hotspot.portal.dashboard.session.Operator;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.settings.OrganizationLook;
import org.hotspot.portal.dashboard.settings.OrganizationLooks;
import org.hotspot.portal.web.Language;
import org.hotspot.portal.web.Languages;

/**
 * Builds the {@link DashboardFrame} of a page: {@code frames.of(signedIn, "plans")} in a resource,
 * passed to the template as {@code frame}.
 */
@ApplicationScoped
public class DashboardFrames {

    private final CurrentVertxRequest request;
    private final OrganizationLooks looks;

    public DashboardFrames(CurrentVertxRequest request, OrganizationLooks looks) {
        this.request = request;
        this.looks = looks;
    }

    /**
     * The frame of a page of the section {@code activeNav} (an id of {@link Navigation#SECTIONS}, or
     * null for none), for the operator signed in, or a bare one on the sign-in pages.
     */
    public DashboardFrame of(SignedIn signedIn, String activeNav) {
        Language language = signedIn.language();
        Operator operator = signedIn.operator();
        List<DashboardFrame.NavEntry> navigation = operator == null ? List.of()
                : Navigation.visibleTo(operator.role()).stream()
                        .map(section -> new DashboardFrame.NavEntry(section.id(), section.href(),
                                section.id().equals(activeNav)))
                        .toList();
        // The organization's zone and digits, kept a minute; OrganizationLookFilter reads them before the page.
        OrganizationLook look = operator == null ? OrganizationLook.DEFAULT
                : looks.ofOrLoad(operator.organizationId(), signedIn.authorization());
        return new DashboardFrame(language, languageLinks(language), navigation,
                operator == null ? null : operator.username(), operator == null ? null : operator.role(),
                signedIn.csrfToken(), signedIn.organizationName(),
                Formats.of(language, look.zone(), look.persianDigits()));
    }

    private List<DashboardFrame.LanguageLink> languageLinks(Language current) {
        RoutingContext context = request.getCurrent();
        String path = context == null ? "/dashboard" : context.normalizedPath();
        String kept = context == null ? "" : keptQuery(context);
        return Languages.ALL.stream()
                .map(language -> new DashboardFrame.LanguageLink(language.tag(), language.name(),
                        path + "?" + kept + "lang=" + language.tag(), language.equals(current)))
                .toList();
    }

    /** The page's query without {@code lang} (and without {@code _csrf}, which never goes in a link). */
    private static String keptQuery(RoutingContext context) {
        if (!"GET".equals(context.request().method().name())) {
            return "";
        }
        return context.queryParams().entries().stream()
                .filter(entry -> !entry.getKey().equals("lang") && !entry.getKey().equals("_csrf"))
                .map(DashboardFrames::encoded)
                .map(pair -> pair + "&")
                .collect(Collectors.joining());
    }

    private static String encoded(Map.Entry<String, String> entry) {
        return URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8);
    }
}
