package org.hotspot.portal.dashboard.settings;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.problem.Problem.Violation;
import org.hotspot.common.security.Role;
import org.hotspot.portal.dashboard.plans.HtmlPages;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.web.BackendCall;
import org.hotspot.portal.dashboard.web.DashboardFrame;
import org.hotspot.portal.dashboard.web.DashboardFrames;
import org.hotspot.portal.dashboard.web.PageProblem;
import org.hotspot.portal.web.Language;
import org.hotspot.portal.web.Languages;

/**
 * The organization's settings, for its admins: name, language, time zone, currency, digits and the
 * second factor in one form, the captive portal's branding in another. Each is a plain POST answered
 * with a redirect (post/redirect/get), or with the form again as typed beside what is wrong.
 */
@Path("/dashboard/settings")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SettingsResource {

    private static final Set<Role> ADMINS = Set.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN);
    private static final Set<String> NOTICES = Set.of("saved", "brandingSaved");
    /** Region ids (Asia/Tehran) and UTC, sorted, for the time zone field's suggestions. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.equals("UTC") || zone.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia"
                    + "|Europe|Indian|Pacific)/[A-Za-z_/-]+"))
            .sorted()
            .toList();

    private final OrganizationClient organizations;
    private final OrganizationLooks looks;
    private final SignedIn signedIn;
    private final DashboardFrames frames;
    private final Template page;

    SettingsResource(@RestClient OrganizationClient organizations, OrganizationLooks looks, SignedIn signedIn,
            DashboardFrames frames, @Location("dashboard/settings/settings.html") Template page) {
        this.organizations = organizations;
        this.looks = looks;
        this.signedIn = signedIn;
        this.frames = frames;
        this.page = page;
    }

    /**
     * What the page shows.
     *
     * @param notice   a key of {@link SettingsMessages} for the status region, or null
     * @param problem  auth-service's refusal, or null
     */
    public record Page(SettingsForm settings, BrandingForm branding, List<String> zones,
            List<Language> languages, String notice, PageProblem problem, boolean canEdit) {
    }

    @GET
    public Uni<Response> show(@QueryParam("done") String done) {
        if (!isAdmin()) {
            return Uni.createFrom().item(forbidden());
        }
        String notice = done != null && NOTICES.contains(done) ? done : null;
        String id = organizationId();
        return BackendCall.attempt(organizations.get(signedIn.authorization(), id), signedIn.requestId())
                .chain(organization -> BackendCall.attempt(organizations.branding(signedIn.authorization(), id),
                        signedIn.requestId())
                        .map(branding -> {
                            if (organization.failed()) {
                                return render(organization.problem().status(), null, null, null,
                                        organization.problem());
                            }
                            looks.put(id, OrganizationLook.of(organization.value()));
                            BrandingForm brandingForm = branding.failed()
                                    ? BrandingForm.of(new OrganizationClient.Branding(null, null, null, null))
                                    : BrandingForm.of(branding.value());
                            return render(200, SettingsForm.of(organization.value()), brandingForm, notice,
                                    branding.problem());
                        }));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> save(MultivaluedMap<String, String> fields) {
        if (!isAdmin()) {
            return Uni.createFrom().item(forbidden());
        }
        SettingsForm typed = SettingsForm.from(fields::getFirst);
        String id = organizationId();
        if (!typed.errors().isEmpty()) {
            return brandingFor(id).map(branding -> render(400, typed, branding, null, null));
        }
        return BackendCall.attempt(organizations.save(signedIn.authorization(), id, typed.change()),
                signedIn.requestId())
                .chain(outcome -> {
                    if (!outcome.failed()) {
                        // This replica writes the next page in the new zone and digits at once.
                        looks.put(id, OrganizationLook.of(outcome.value()));
                        return Uni.createFrom().item(Response.seeOther(URI.create("/dashboard/settings?done=saved"))
                                .build());
                    }
                    SettingsForm shown = typed;
                    for (Violation violation : outcome.problem().violations()) {
                        if ("timeZone".equals(violation.field()) || "currency".equals(violation.field())) {
                            shown = shown.withError(violation.field(),
                                    "timeZone".equals(violation.field()) ? "errorTimeZone" : "errorCurrency");
                        }
                    }
                    SettingsForm form = shown;
                    return brandingFor(id).map(branding -> render(outcome.problem().status(), form, branding, null,
                            outcome.problem()));
                });
    }

    @POST
    @Path("/branding")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> saveBranding(MultivaluedMap<String, String> fields) {
        if (!isAdmin()) {
            return Uni.createFrom().item(forbidden());
        }
        BrandingForm typed = BrandingForm.from(fields::getFirst);
        String id = organizationId();
        if (!typed.errors().isEmpty()) {
            return settingsFor(id).map(settings -> render(400, settings, typed, null, null));
        }
        return BackendCall.attempt(organizations.saveBranding(signedIn.authorization(), id, typed.body()),
                signedIn.requestId())
                .chain(outcome -> outcome.failed()
                        ? settingsFor(id).map(settings -> render(outcome.problem().status(), settings, typed, null,
                                outcome.problem()))
                        : Uni.createFrom().item(Response.seeOther(
                                URI.create("/dashboard/settings?done=brandingSaved")).build()));
    }

    private Uni<BrandingForm> brandingFor(String id) {
        return BackendCall.attempt(organizations.branding(signedIn.authorization(), id), signedIn.requestId())
                .map(outcome -> outcome.failed()
                        ? BrandingForm.of(new OrganizationClient.Branding(null, null, null, null))
                        : BrandingForm.of(outcome.value()));
    }

    private Uni<SettingsForm> settingsFor(String id) {
        return BackendCall.attempt(organizations.get(signedIn.authorization(), id), signedIn.requestId())
                .map(outcome -> outcome.failed() ? null : SettingsForm.of(outcome.value()));
    }

    private Response render(int status, SettingsForm settings, BrandingForm branding, String notice,
            PageProblem problem) {
        return HtmlPages.render(status, page, frame(),
                new Page(settings, branding, ZONES, Languages.ALL, notice, problem, true));
    }

    private Response forbidden() {
        return HtmlPages.render(403, page, frame(), new Page(null, null, List.of(), List.of(), null, null, false));
    }

    private boolean isAdmin() {
        return ADMINS.contains(signedIn.operator().role());
    }

    private String organizationId() {
        return signedIn.operator().organizationId();
    }

    private DashboardFrame frame() {
        return frames.of(signedIn, "settings");
    }
}
