package org.hotspot.portal.dashboard.people;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.common.security.Role;
import org.hotspot.portal.dashboard.plans.HtmlPages;
import org.hotspot.portal.dashboard.plans.Refusal;
import org.hotspot.portal.dashboard.session.SignedIn;
import org.hotspot.portal.dashboard.settings.OrganizationLooks;
import org.hotspot.portal.dashboard.web.DashboardFrame;
import org.hotspot.portal.dashboard.web.DashboardFrames;

/**
 * The operators and resellers pages, for the organization's admins: the list, a new operator, and a
 * person's page whose actions each POST and come back to it (post/redirect/get); disabling and
 * resetting the second factor ask on a page of their own first, a password reset is typed on one.
 * auth-service and voucher-service decide again; their refusal is shown in words above the form.
 */
@Path("/dashboard/people")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PeopleResource {

    private static final Set<Role> ADMINS = Set.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN);
    private static final Set<String> NOTICES = Set.of("created", "roleChanged", "disabled", "enabled",
            "passwordReset", "totpReset", "creditGranted");
    private static final String BASE = "/dashboard/people";

    private final OperatorClient operators;
    private final ResellerClient resellers;
    private final OrganizationLooks looks;
    private final SignedIn signedIn;
    private final DashboardFrames frames;
    private final Template list;
    private final Template newOperator;
    private final Template person;
    private final Template confirm;
    private final Template password;

    PeopleResource(@RestClient OperatorClient operators, @RestClient ResellerClient resellers,
            OrganizationLooks looks, SignedIn signedIn, DashboardFrames frames,
            @Location("dashboard/people/list.html") Template list,
            @Location("dashboard/people/new.html") Template newOperator,
            @Location("dashboard/people/person.html") Template person,
            @Location("dashboard/people/confirm.html") Template confirm,
            @Location("dashboard/people/password.html") Template password) {
        this.operators = operators;
        this.resellers = resellers;
        this.looks = looks;
        this.signedIn = signedIn;
        this.frames = frames;
        this.list = list;
        this.newOperator = newOperator;
        this.person = person;
        this.confirm = confirm;
        this.password = password;
    }

    @GET
    public Uni<Response> list(@QueryParam("done") String done) {
        if (!isAdmin()) {
            return Uni.createFrom().item(forbidden());
        }
        DashboardFrame frame = frame();
        String notice = notice(done);
        Uni<List<ResellerClient.Allowance>> allowances = resellers.allowances(auth())
                .onFailure().recoverWithItem(List.of());
        Uni<Map<String, String>> planNames = resellers.plans(auth())
                .map(plans -> plans.stream().collect(Collectors.toMap(PlanChoice::id,
                        PlanChoice::name, (a, b) -> a)))
                .onFailure().recoverWithItem(Map.of());
        return operators.list(auth())
                .chain(people -> allowances.chain(credit -> planNames.map(names -> rows(people, credit, names,
                        frame))))
                .map(rows -> HtmlPages.render(200, list, frame, new PeoplePages.Listing(rows, notice, null)))
                .onFailure().recoverWithItem(this::problemPage);
    }

    private static List<PeoplePages.Row> rows(List<Person> people, List<ResellerClient.Allowance> credit,
            Map<String, String> planNames, DashboardFrame frame) {
        Map<String, ResellerClient.Allowance> byUsername = credit.stream()
                .collect(Collectors.toMap(ResellerClient.Allowance::username, Function.identity(), (a, b) -> a));
        return people.stream()
                .sorted(Comparator.comparing(Person::username))
                .map(found -> {
                    ResellerClient.Allowance allowance = found.reseller() ? byUsername.get(found.username()) : null;
                    return allowance == null ? new PeoplePages.Row(found, null, List.of())
                            : new PeoplePages.Row(found,
                                    frame.formats().money(allowance.credit(), allowance.currency()),
                                    allowance.allowedProfileIds().stream().map(id -> planNames.getOrDefault(id, id))
                                            .sorted().toList());
                })
                .toList();
    }

    @GET
    @Path("/new")
    public Response newForm() {
        if (!isAdmin()) {
            return forbidden();
        }
        return HtmlPages.render(200, newOperator, frame(),
                new PeoplePages.NewOperator(NewOperatorForm.empty(), Roles.choicesFor(role()), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> create(MultivaluedMap<String, String> fields) {
        if (!isAdmin()) {
            return Uni.createFrom().item(forbidden());
        }
        NewOperatorForm typed = NewOperatorForm.from(fields::getFirst, role());
        if (!typed.errors().isEmpty()) {
            return Uni.createFrom().item(newAgain(400, typed, PeopleAlert.own("errorSummary")));
        }
        OperatorClient.NewOperator body = new OperatorClient.NewOperator(typed.username(),
                fields.getFirst("password"), Role.valueOf(typed.role()));
        return operators.create(auth(), body)
                .onItemOrFailure().transform((created, failure) -> {
                    if (failure == null) {
                        return seeOther(BASE + "/" + created.id() + "?done=created");
                    }
                    Refusal refusal = Refusal.of(failure, signedIn.requestId());
                    NewOperatorForm shown = switch (String.valueOf(refusal.kind())) {
                        case "conflict" -> typed.withError("username", "errorUsernameTaken");
                        case "weak-password" -> typed.withError("password", "errorPasswordRefused");
                        default -> typed;
                    };
                    return newAgain(refusal.problem().status(), shown, PeopleAlert.of(refusal));
                });
    }

    private Response newAgain(int status, NewOperatorForm typed, PeopleAlert alert) {
        return HtmlPages.render(status, newOperator, frame(),
                new PeoplePages.NewOperator(typed, Roles.choicesFor(role()), alert));
    }

    @GET
    @Path("/{id}")
    public Uni<Response> person(@PathParam("id") String id, @QueryParam("done") String done) {
        if (!isAdmin()) {
            return Uni.createFrom().item(forbidden());
        }
        return operators.get(auth(), id)
                .chain(found -> personPage(200, found, notice(done), null, null))
                .onFailure().recoverWithItem(this::problemPage);
    }

    /** The person's page; for a reseller with their credit and the plans to choose from. */
    private Uni<Response> personPage(int status, Person found, String notice, PeopleAlert alert, CreditForm typed) {
        DashboardFrame frame = frame();
        boolean yourself = found.id().equals(signedIn.operator().operatorId());
        if (!found.reseller()) {
            return Uni.createFrom().item(HtmlPages.render(status, person, frame, new PeoplePages.PersonPage(found,
                    Roles.choicesFor(role()), null, null, List.of(), notice, alert, yourself)));
        }
        Uni<List<ResellerClient.Allowance>> allowances = resellers.allowances(auth())
                .onFailure().recoverWithItem(List.of());
        Uni<List<PlanChoice>> plans = resellers.plans(auth()).onFailure().recoverWithItem(List.of());
        return allowances.chain(all -> plans.map(catalogue -> {
            ResellerClient.Allowance mine = all.stream().filter(a -> a.username().equals(found.username()))
                    .findFirst().orElse(null);
            String credit = mine == null ? null : frame.formats().money(mine.credit(), mine.currency());
            CreditForm form = typed != null ? typed
                    : CreditForm.of(mine == null ? looks.of(found.organizationId()).currency() : mine.currency(),
                            mine == null ? List.of() : mine.allowedProfileIds());
            List<PlanChoice> choices = catalogue.stream()
                    .filter(plan -> !plan.retired() || form.allows(plan.id()))
                    .toList();
            return HtmlPages.render(status, person, frame, new PeoplePages.PersonPage(found, Roles.choicesFor(role()),
                    credit, form, choices, notice, alert, yourself));
        }));
    }

    @POST
    @Path("/{id}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> changeRole(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        String chosen = fields.getFirst("role");
        Role role = Roles.grantableBy(role()).stream().filter(r -> r.name().equals(chosen)).findFirst()
                .orElse(null);
        if (role == null) {
            // Not offered to this admin (a platform admin role by an org admin): auth-service would refuse too.
            return act(id, Uni.createFrom().failure(new RoleNotGrantable()), "roleChanged");
        }
        return act(id, operators.changeRole(auth(), id, new OperatorClient.RoleChange(role)), "roleChanged");
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> enable(@PathParam("id") String id) {
        return act(id, operators.enable(auth(), id), "enabled");
    }

    @GET
    @Path("/{id}/disable")
    public Uni<Response> confirmDisable(@PathParam("id") String id) {
        return confirmPage(id, "disable");
    }

    @POST
    @Path("/{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> disable(@PathParam("id") String id) {
        return act(id, operators.disable(auth(), id), "disabled");
    }

    @GET
    @Path("/{id}/totp")
    public Uni<Response> confirmTotp(@PathParam("id") String id) {
        return confirmPage(id, "totp");
    }

    @POST
    @Path("/{id}/totp")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> resetTotp(@PathParam("id") String id) {
        return act(id, operators.resetTotp(auth(), id), "totpReset");
    }

    @GET
    @Path("/{id}/password")
    public Uni<Response> passwordForm(@PathParam("id") String id) {
        if (!isAdmin()) {
            return Uni.createFrom().item(forbidden());
        }
        return operators.get(auth(), id)
                .map(found -> HtmlPages.render(200, password, frame(),
                        new PeoplePages.PasswordPage(found, Map.of(), null)))
                .onFailure().recoverWithItem(this::problemPage);
    }

    @POST
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> resetPassword(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        if (!isAdmin()) {
            return Uni.createFrom().item(forbidden());
        }
        String typed = fields.getFirst("password");
        return operators.get(auth(), id)
                .chain(found -> {
                    String wrong = Passwords.problem(found.username(), typed);
                    if (wrong != null) {
                        return Uni.createFrom().item(HtmlPages.render(400, password, frame(),
                                new PeoplePages.PasswordPage(found, Map.of("password", wrong), null)));
                    }
                    return operators.resetPassword(auth(), id, new OperatorClient.NewPassword(typed))
                            .map(reset -> seeOther(BASE + "/" + id + "?done=passwordReset"))
                            .onFailure().recoverWithItem(failure -> {
                                Refusal refusal = Refusal.of(failure, signedIn.requestId());
                                Map<String, String> errors = "weak-password".equals(refusal.kind())
                                        ? Map.of("password", "errorPasswordRefused") : Map.of();
                                return HtmlPages.render(refusal.problem().status(), password, frame(),
                                        new PeoplePages.PasswordPage(found, errors, PeopleAlert.of(refusal)));
                            });
                })
                .onFailure().recoverWithItem(this::problemPage);
    }

    @POST
    @Path("/{id}/credit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> grant(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        if (!isAdmin()) {
            return Uni.createFrom().item(forbidden());
        }
        CreditForm typed = CreditForm.from(fields.getFirst("addCredit"), fields.getFirst("currency"),
                fields.get("plan"));
        return operators.get(auth(), id)
                .chain(found -> {
                    if (!typed.errors().isEmpty()) {
                        return personPage(400, found, null, PeopleAlert.own("errorSummary"), typed);
                    }
                    return resellers.grant(auth(), found.username(), new ResellerClient.Grant(typed.currency(),
                            typed.amount(), List.copyOf(typed.planIds())))
                            .map(granted -> seeOther(BASE + "/" + id + "?done=creditGranted"))
                            .onFailure().recoverWithUni(failure -> {
                                Refusal refusal = Refusal.of(failure, signedIn.requestId());
                                return personPage(refusal.problem().status(), found, null, PeopleAlert.of(refusal),
                                        typed);
                            });
                })
                .onFailure().recoverWithItem(this::problemPage);
    }

    /** A person's action: back to their page with the notice, or their page with the refusal above it. */
    private Uni<Response> act(String id, Uni<Person> action, String notice) {
        if (!isAdmin()) {
            return Uni.createFrom().item(forbidden());
        }
        return action
                .map(done -> seeOther(BASE + "/" + id + "?done=" + notice))
                .onFailure().recoverWithUni(failure -> {
                    Failed failed = failed(failure);
                    return operators.get(auth(), id)
                            .chain(found -> personPage(failed.status(), found, null, failed.alert(), null));
                })
                .onFailure().recoverWithItem(this::problemPage);
    }

    private Uni<Response> confirmPage(String id, String action) {
        if (!isAdmin()) {
            return Uni.createFrom().item(forbidden());
        }
        return operators.get(auth(), id)
                .map(found -> HtmlPages.render(200, confirm, frame(), new PeoplePages.Confirm(found, action, null)))
                .onFailure().recoverWithItem(this::problemPage);
    }

    /** A role this admin may not give (or none chosen): refused here, as auth-service would. */
    private static final class RoleNotGrantable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RoleNotGrantable() {
            super("role not grantable", null, false, false);
        }
    }

    /** A refusal's status and words; the response body is read once, so this is made once per failure. */
    private record Failed(int status, PeopleAlert alert) {
    }

    private Failed failed(Throwable failure) {
        if (failure instanceof RoleNotGrantable) {
            return new Failed(403, PeopleAlert.own("errorPlatformAdmin"));
        }
        Refusal refusal = Refusal.of(failure, signedIn.requestId());
        return new Failed(refusal.problem().status(), PeopleAlert.of(refusal));
    }

    private Response problemPage(Throwable failure) {
        Failed failed = failed(failure);
        return HtmlPages.render(failed.status(), list, frame(),
                new PeoplePages.Listing(List.of(), null, failed.alert()));
    }

    private Response forbidden() {
        return HtmlPages.render(403, list, frame(),
                new PeoplePages.Listing(List.of(), null, PeopleAlert.own("forbidden")));
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    private static String notice(String done) {
        return done != null && NOTICES.contains(done) ? done : null;
    }

    private boolean isAdmin() {
        return ADMINS.contains(role());
    }

    private Role role() {
        return signedIn.operator().role();
    }

    private String auth() {
        return signedIn.authorization();
    }

    private DashboardFrame frame() {
        return frames.of(signedIn, "people");
    }
}
