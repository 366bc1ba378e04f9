package org.hotspot.portal.dashboard.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithRouterGateway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plans pages against the real voucher-service: an org admin creates a plan in the units they
 * think in, a wrong field is named beside it with what was typed kept, an edit's apply-to choice
 * reaches the service, retiring asks first; a viewer reads and changes nothing.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class PlanPagesTest {

    @InjectAuthService
    AuthService auth;

    private DashboardUsers users;

    @BeforeEach
    void anOrganization() {
        users = DashboardUsers.organization(auth, "en");
    }

    static Map<String, String> dayPass(String name) {
        Map<String, String> fields = new HashMap<>(Map.of("name", name, "price", "2.50", "currency", "USD",
                "timeQuota", "90", "timeUnit", "minutes", "dataQuota", "2", "dataUnit", "gb", "validity", "1",
                "validityUnit", "days"));
        fields.put("rateLimit", "4M/2M");
        fields.put("sharedUsers", "2");
        return fields;
    }

    static Response post(Session session, String path, Map<String, String> fields) {
        return session.form().formParams(fields).when().post(path);
    }

    @Test
    void anOrgAdminCreatesAPlanInTheUnitsTheyThinkIn() {
        Session admin = DashboardBrowser.signIn(users.user("ORG_ADMIN"));
        Document form = admin.page("/dashboard/plans/new");
        for (Element input : form.select("form.plan-form input:not([type=hidden]), form.plan-form select")) {
            assertThat(form.select("label[for=" + input.id() + "]")).as("label of #%s", input.id()).hasSize(1);
        }

        Response created = post(admin, "/dashboard/plans", dayPass("Day pass"));

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith("/dashboard/plans?done=created");
        Document list = admin.page("/dashboard/plans?done=created");
        assertThat(list.selectFirst("#status").text()).isEqualTo("The plan is created.");
        Element row = list.select("table.plans tbody tr").stream()
                .filter(tr -> tr.text().contains("Day pass")).findFirst().orElseThrow();
        assertThat(row.selectFirst("td[data-label=Price]").text()).isEqualTo("$2.50");
        assertThat(row.selectFirst("td[data-label=Time]").text()).isEqualTo("1 hr, 30 min");
        assertThat(row.selectFirst("td[data-label=Data]").text()).isEqualTo("2 GB");
        assertThat(row.selectFirst("td[data-label='Valid for']").text()).isEqualTo("1 day");
        assertThat(row.selectFirst("td[data-label='Devices at once']").text()).isEqualTo("2");
        assertThat(row.selectFirst("td[data-label=State]").text()).isEqualTo("On sale");
    }

    @Test
    void aFieldTheServiceRefusesIsNamedBesideItAndTheFormKeepsWhatWasTyped() {
        Session admin = DashboardBrowser.signIn(users.user("ORG_ADMIN"));
        Map<String, String> typed = new HashMap<>(dayPass("Night pass"));
        typed.put("rateLimit", "fast please");

        Response refused = post(admin, "/dashboard/plans", typed);

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.selectFirst("#rateLimit").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#rateLimit-error").text()).contains("MikroTik");
        assertThat(page.selectFirst("#rateLimit").val()).isEqualTo("fast please");
        assertThat(page.selectFirst("#name").val()).isEqualTo("Night pass");
        assertThat(page.selectFirst("#price").val()).isEqualTo("2.50");
        assertThat(page.selectFirst("#timeUnit option[selected]").val()).isEqualTo("minutes");
        assertThat(page.selectFirst("[role=alert]")).isNotNull();

        Response local = post(admin, "/dashboard/plans", Map.of("name", "", "price", "two", "currency", "USD",
                "sharedUsers", "1"));
        Document checked = Jsoup.parse(local.asString());
        assertThat(local.statusCode()).isEqualTo(400);
        assertThat(checked.selectFirst("#name-error").text()).isEqualTo("This field is required.");
        assertThat(checked.selectFirst("#price").val()).isEqualTo("two");
    }

    @Test
    void anEditExplainsTheApplyToChoiceAndTheServiceAppliesIt() {
        Session admin = DashboardBrowser.signIn(users.user("ORG_ADMIN"));
        post(admin, "/dashboard/plans", dayPass("Week pass"));
        String id = planId(admin, "Week pass");
        Document edit = admin.page("/dashboard/plans/" + id + "/edit");
        assertThat(edit.selectFirst("#timeQuota").val()).isEqualTo("90");
        assertThat(edit.selectFirst("#applyNew").hasAttr("checked")).isTrue();
        assertThat(edit.selectFirst("#applyUnused-hint").text()).contains("nobody has used yet");
        assertThat(edit.selectFirst("#applyAll-hint").text()).contains("in use now");

        Map<String, String> changed = new HashMap<>(dayPass("Week pass"));
        changed.put("timeQuota", "3");
        changed.put("timeUnit", "hours");
        changed.put("applyTo", "unused");
        changed.put("originalName", "Week pass");
        Response saved = post(admin, "/dashboard/plans/" + id, changed);

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).contains("done=saved").contains("changed=0");
        Document list = admin.page("/dashboard/plans");
        assertThat(list.select("table.plans tbody tr").text()).contains("3 hr");
    }

    @Test
    void retiringAsksFirstAndThePlanStaysListedAsRetired() {
        Session admin = DashboardBrowser.signIn(users.user("OPERATOR"));
        post(admin, "/dashboard/plans", dayPass("Old pass"));
        String id = planId(admin, "Old pass");

        Document confirm = admin.page("/dashboard/plans/" + id + "/retire");
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("Retire this plan?");
        assertThat(confirm.text()).contains("keep working");
        Response retired = admin.form().formParam("name", "Old pass").when().post("/dashboard/plans/" + id + "/retire");

        assertThat(retired.statusCode()).isEqualTo(303);
        Element row = admin.page("/dashboard/plans").select("table.plans tbody tr").stream()
                .filter(tr -> tr.text().contains("Old pass")).findFirst().orElseThrow();
        assertThat(row.selectFirst("td[data-label=State]").text()).isEqualTo("Retired");
        assertThat(row.select("a[href$=/edit]")).isEmpty();
    }

    @Test
    void aViewerReadsThePlansAndChangesNothing() {
        Session admin = DashboardBrowser.signIn(users.user("ORG_ADMIN"));
        post(admin, "/dashboard/plans", dayPass("Viewer pass"));
        Session viewer = DashboardBrowser.signIn(users.user("VIEWER"));

        Document list = viewer.page("/dashboard/plans");

        assertThat(list.text()).contains("Viewer pass");
        assertThat(list.select("a[href=/dashboard/plans/new]")).isEmpty();
        assertThat(list.select("a[href$=/edit], a[href$=/retire]")).isEmpty();
        assertThat(viewer.given().when().get("/dashboard/plans/new").statusCode()).isEqualTo(403);
        assertThat(post(viewer, "/dashboard/plans", dayPass("Sneaky")).statusCode()).isEqualTo(403);
        assertThat(admin.page("/dashboard/plans").text()).doesNotContain("Sneaky");
    }

    @Test
    void theArabicPagesAreRightToLeftAndTranslated() {
        Session admin = DashboardBrowser.signIn(users.user("ORG_ADMIN"));
        post(admin, "/dashboard/plans", dayPass("Pass"));

        Document list = admin.page("/dashboard/plans?lang=ar");

        assertThat(list.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(list.selectFirst("h1").text()).isEqualTo("الباقات");
        assertThat(list.selectFirst("td[data-label='السعر']").text()).isNotBlank();
        assertThat(list.selectFirst("td[data-label='الحالة']").text()).isEqualTo("معروضة للبيع");
    }

    static String planId(Session session, String name) {
        return session.page("/dashboard/plans").select("table.plans tbody tr").stream()
                .filter(tr -> tr.text().contains(name)).findFirst().orElseThrow()
                .selectFirst("a[href$=/edit]").attr("href").split("/")[3];
    }
}
