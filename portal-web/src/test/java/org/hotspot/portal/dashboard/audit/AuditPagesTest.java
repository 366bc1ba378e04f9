package org.hotspot.portal.dashboard.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.dashboard.DashboardUsers.User;
import org.hotspot.portal.dashboard.routers.Routers;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectRouterGateway;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithRouterGateway;
import org.hotspot.testing.browser.Browser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The audit log page against the real services: a router added through the dashboard is listed
 * with who added it and links to its page; the action filter and the paging work; a viewer reads
 * it without a voucher code anywhere; operators and resellers are refused in words. Screenshots
 * at 360 and 1280 px in English and Arabic.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class AuditPagesTest {

    /** The audit trail arrives through Kafka and auth-service's consumer. */
    private static final Duration RECORDED = Duration.ofSeconds(45);

    @InjectAuthService
    AuthService auth;

    @InjectRouterGateway
    RouterGateway gateway;

    @InjectVoucherService
    VoucherService vouchers;

    @TestHTTPResource("/")
    URI root;

    @Test
    void aRouterAddedIsListedWithItsActorFilteredByActionAndPaged() {
        DashboardUsers users = DashboardUsers.organization(auth, "en");
        User adminUser = users.user("ORG_ADMIN");
        Session admin = DashboardBrowser.signIn(adminUser);
        String address = Routers.newAddress();
        assertThat(admin.form().formParams(Routers.form("Audited router", "Hall", address, "audited-secret-1"))
                .when().post("/dashboard/routers").statusCode()).isEqualTo(303);
        String routerId = Routers.idOf(admin, "Audited router");

        Document created = await(admin, "/dashboard/audit?action=ROUTER_CREATED",
                page -> !page.select("table.audit tbody tr").isEmpty());
        Element row = created.selectFirst("table.audit tbody tr");
        assertThat(cell(row, "Who")).contains(adminUser.username());
        assertThat(cell(row, "What")).contains("Router added").contains("Audited router");
        assertThat(cell(row, "Outcome")).isEqualTo("Done");
        assertThat(row.select("a[href=/dashboard/routers/" + routerId + "/edit]")).hasSize(1);
        assertThat(created.select("#action option[selected]").val()).isEqualTo("ROUTER_CREATED");
        DashboardBrowser.assertSelfContained(created);

        // Twenty-six changes make two pages; the filter shows only them.
        String token = auth.tokenFor(users.organizationId(), "ORG_ADMIN");
        for (int i = 0; i < 26; i++) {
            given().baseUri(gateway.url()).auth().oauth2(token).contentType("application/json")
                    .body(Map.of("name", "Audited router " + i, "nasIp", address))
                    .when().put("/api/routers/" + routerId).then().statusCode(200);
        }
        Document first = await(admin, "/dashboard/audit?action=ROUTER_UPDATED",
                page -> page.select(".count").text().endsWith("of 26"));
        assertThat(first.select("table.audit tbody tr")).hasSize(25);
        assertThat(first.select("table.audit tbody tr").eachText()).allMatch(text -> text.contains("Router changed"));
        assertThat(first.select("a[rel=prev]")).isEmpty();
        String next = first.selectFirst("a[rel=next]").attr("href");
        assertThat(next).contains("action=ROUTER_UPDATED").contains("page=1");
        Document second = admin.page(next);
        assertThat(second.select("table.audit tbody tr")).hasSize(1);
        assertThat(second.select(".count").text()).isEqualTo("Records 26 to 26 of 26");
        assertThat(second.select("a[rel=next]")).isEmpty();
        assertThat(second.select("a[rel=prev]")).hasSize(1);

        // The target filter and the days: today has them, tomorrow nothing.
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(admin.page("/dashboard/audit?target=" + routerId + "&from=" + today + "&to=" + today)
                .select(".count").text()).endsWith("of 27");
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(admin.page("/dashboard/audit?target=" + routerId + "&from=" + tomorrow).select("main").text())
                .contains("Nothing recorded matches.");
        Response backwards = admin.given().when().get("/dashboard/audit?from=" + tomorrow + "&to=" + today);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(backwards.asString()).select("#to-error").text()).contains("before the first one");
    }

    @Test
    void aViewerReadsTheLogWithoutAVoucherCodeAndOperatorsAndResellersAreRefused() {
        DashboardUsers users = DashboardUsers.organization(auth, "en");
        String token = auth.tokenFor(users.organizationId(), "ORG_ADMIN");
        String batch = vouchers.newBatch(token, vouchers.newProfile(token, Map.of("timeQuotaSeconds", 3_600)), 3);
        List<String> codes = vouchers.codes(token, batch);
        vouchers.revoke(token, codes.get(0));
        Session viewer = DashboardBrowser.signIn(users.user("VIEWER"));
        Document revoked = await(viewer, "/dashboard/audit?action=VOUCHER_REVOKED",
                page -> !page.select("table.audit tbody tr").isEmpty());
        String id = (String) vouchers.voucher(token, codes.get(1)).get("id");
        assertThat(id).isNotNull();
        Document all = viewer.page("/dashboard/audit");
        for (Document page : List.of(revoked, all)) {
            for (String code : codes) {
                assertThat(page.outerHtml()).doesNotContain(code);
            }
        }
        assertThat(revoked.select("table.audit tbody a[href^=/dashboard/vouchers/]")).hasSize(1);
        assertThat(all.select("table.audit").text()).contains("Batch made");

        for (String role : List.of("OPERATOR", "RESELLER")) {
            Session refused = DashboardBrowser.signIn(users.user(role));
            Response page = refused.given().when().get("/dashboard/audit");
            assertThat(page.statusCode()).as(role).isEqualTo(403);
            Document html = Jsoup.parse(page.asString());
            assertThat(html.select("[role=alert]").text()).contains("for administrators and viewers");
            assertThat(html.select("nav.sections a[href=/dashboard/audit]")).isEmpty();
            assertThat(html.select("table, form.audit-filters")).isEmpty();
        }
        Session reseller = DashboardBrowser.signIn(users.user("RESELLER"));
        assertThat(reseller.given().when().get("/dashboard/routers").statusCode()).isEqualTo(403);
    }

    @Test
    void theAuditPageInEnglishAndArabicAtAPhonesAndADesktopsWidth() {
        DashboardUsers users = DashboardUsers.organization(auth, "ar");
        Session admin = DashboardBrowser.signIn(users.user("ORG_ADMIN"));
        assertThat(admin.form().formParams(Routers.form("Shop router", "Shop", Routers.newAddress(),
                "shop-secret-12345")).when().post("/dashboard/routers").statusCode()).isEqualTo(303);
        await(admin, "/dashboard/audit", page -> !page.select("table.audit tbody tr").isEmpty());
        String base = root.toString().replaceAll("/$", "").replace("localhost", "127.0.0.1");
        try (Browser browser = Browser.start("en")) {
            Routers.openAs(browser, base, admin);
            for (String language : List.of("en", "ar")) {
                browser.open(base + "/dashboard/audit?lang=" + language);
                browser.await("table.audit");
                assertThat(browser.htmlAttribute("lang")).isEqualTo(language);
                Routers.shoot(browser, "audit", language);
                // On a phone the filters fill the first screen: the records, reflowed, below them.
                browser.resize(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
                browser.script("document.getElementById('records-title').scrollIntoView()");
                browser.screenshot("dashboard-audit-records-" + language + "-" + Browser.PHONE_WIDTH);
                browser.resize(Routers.DESKTOP_WIDTH, Routers.DESKTOP_HEIGHT);
            }
        }
    }

    /** The page once {@code ready} holds of it (the trail comes through Kafka), or a failure saying what it showed. */
    /**
     * The day filters count days in the organization's time zone: a zone where the local date differs
     * from UTC's right now, and a record from a moment ago, found under its local date and not under
     * UTC's.
     */
    @Test
    void theDayFiltersCountTheOrganizationsDays() {
        DashboardUsers users = DashboardUsers.organization(auth, "en");
        Instant now = Instant.now();
        LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
        // Fourteen hours ahead or eleven behind: one of the two is on another date than UTC at any time.
        ZoneId zone = ZoneId.of("Pacific/Kiritimati");
        if (LocalDate.ofInstant(now, zone).equals(utcToday)) {
            zone = ZoneId.of("Pacific/Pago_Pago");
        }
        given().baseUri(auth.url()).auth().oauth2(auth.adminAccessToken()).contentType("application/json")
                .body(Map.of("name", "Far away", "requireTotp", false, "timeZone", zone.getId()))
                .when().put("/api/organizations/" + users.organizationId())
                .then().statusCode(200);
        Session admin = DashboardBrowser.signIn(users.user("ORG_ADMIN"));
        assertThat(admin.form().formParams(Routers.form("Zoned router", "Hall", Routers.newAddress(),
                "zoned-secret-1")).when().post("/dashboard/routers").statusCode()).isEqualTo(303);
        LocalDate localToday = LocalDate.ofInstant(Instant.now(), zone);
        assertThat(localToday).as("the zone was chosen for a date other than UTC's").isNotEqualTo(utcToday);

        String local = "/dashboard/audit?action=ROUTER_CREATED&from=" + localToday + "&to=" + localToday;
        Document found = await(admin, local, page -> !page.select("table.audit tbody tr").isEmpty());
        assertThat(found.select("table.audit tbody tr")).hasSize(1);
        Document utcDay = admin.page("/dashboard/audit?action=ROUTER_CREATED&from=" + utcToday + "&to=" + utcToday);
        assertThat(utcDay.select("table.audit tbody tr")).as("UTC's date is another day there").isEmpty();
    }

    private static Document await(Session session, String path, Predicate<Document> ready) {
        Document[] page = {null};
        Awaitility.await(path).atMost(RECORDED).pollInterval(Duration.ofMillis(500)).until(() -> {
            page[0] = session.page(path);
            return ready.test(page[0]);
        });
        return page[0];
    }

    private static String cell(Element row, String label) {
        return row.selectFirst("td[data-label=" + label + "]").text();
    }
}
