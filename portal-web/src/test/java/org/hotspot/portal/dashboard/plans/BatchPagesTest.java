package org.hotspot.portal.dashboard.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.dashboard.DashboardUsers.User;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithRouterGateway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The batches pages against the real voucher-service: a reseller buys within credit and is told
 * plainly when a batch is beyond it; an org admin downloads the CSV and prints a range of serials
 * to PDF through portal-web; a viewer sees no code in the pages, the CSV or the print.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class BatchPagesTest {

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    private DashboardUsers users;
    private String adminToken;

    @BeforeEach
    void anOrganization() {
        users = DashboardUsers.organization(auth, "en");
        adminToken = auth.tokenFor(users.organizationId(), "ORG_ADMIN");
    }

    @Test
    void aResellerBuysWithinCreditAndIsRefusedBeyondIt() {
        String plan = vouchers.newProfile(adminToken, Map.of("name", "Reseller pass", "price", 2));
        User reseller = users.user("RESELLER");
        given().baseUri(vouchers.url()).auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("currency", "USD", "addCredit", 25, "allowedProfileIds", List.of(plan)))
                .when().put("/api/resellers/{username}", reseller.username())
                .then().statusCode(200);
        Session session = DashboardBrowser.signIn(reseller);

        Document form = session.page("/dashboard/batches/new");
        assertThat(form.selectFirst(".credit dd").text()).isEqualTo("$25.00");
        assertThat(form.select("#planId option").eachAttr("value")).containsExactly(plan);

        Response bought = session.form().formParam("planId", plan).formParam("count", "10")
                .formParam("codeLength", "10").when().post("/dashboard/batches");
        assertThat(bought.statusCode()).isEqualTo(303);
        assertThat(bought.header("Location")).matches(".*/dashboard/batches/[0-9a-f-]{36}");

        Response refused = session.form().formParam("planId", plan).formParam("count", "3")
                .formParam("codeLength", "10").when().post("/dashboard/batches");
        assertThat(refused.statusCode()).isEqualTo(402);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.selectFirst("[role=alert]").text()).contains("Your credit does not cover this batch");
        assertThat(page.selectFirst("#count").val()).isEqualTo("3");
        assertThat(page.selectFirst(".credit dd").text()).isEqualTo("$5.00");
    }

    @Test
    void anOrgAdminDownloadsTheCsvAndPrintsARangeOfSerialsToPdf() {
        String plan = vouchers.newProfile(adminToken, Map.of("name", "Printed pass"));
        String batch = vouchers.newBatch(adminToken, plan, 20);
        List<String> codes = vouchers.codes(adminToken, batch);
        Session admin = DashboardBrowser.signIn(users.user("ORG_ADMIN"));

        Document page = admin.page("/dashboard/batches/" + batch);
        assertThat(page.select("table.vouchers tbody tr")).hasSize(20);
        assertThat(page.select("table.vouchers td.code").first().text().replace("-", "")).isEqualTo(codes.get(0));

        Response csv = admin.given().when().get("/dashboard/batches/" + batch + "/vouchers.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        String rows = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertThat(rows.lines()).hasSize(21);
        assertThat(rows).contains(codes.get(0)).contains(codes.get(19));

        Document print = admin.page("/dashboard/batches/" + batch
                + "/print?layout=thermal-58&which=range&from=5&to=12");
        String pdfLink = print.selectFirst("a[href*=cards.pdf]").attr("href");
        String previewLink = print.selectFirst("a[href*=cards.html]").attr("href");
        assertThat(pdfLink).endsWith("cards.pdf?layout=thermal-58&from=5&to=12");

        Response pdf = admin.given().when().get(pdfLink);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.asByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.header("X-Hotspot-Skipped-Vouchers")).isEqualTo("0");
        assertThat(PdfPages.count(pdf.asByteArray())).as("one page per card on a roll").isEqualTo(8);

        Response preview = admin.given().when().get(previewLink);
        Document cards = Jsoup.parse(preview.asString());
        assertThat(cards.select("article.card")).hasSize(8);
        assertThat(cards.select("style")).as("no inline style the policy would block").isEmpty();
        String stylesheet = cards.selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(admin.given().when().get(stylesheet).asString()).contains("@page");
        String printed = cards.text().replaceAll("[^A-Za-z0-9]", "");
        assertThat(printed).contains(codes.get(4)).contains(codes.get(11)).doesNotContain(codes.get(12));

        Response invalid = admin.given().when().get("/dashboard/batches/" + batch
                + "/print?layout=a4&which=range&from=12&to=5");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(invalid.asString()).select("a[href*=cards.pdf]")).isEmpty();
    }

    @Test
    void aViewerSeesNoCodeInTheBatchPagesTheCsvOrThePrint() {
        String plan = vouchers.newProfile(adminToken, Map.of("name", "Viewed pass"));
        String batch = vouchers.newBatch(adminToken, plan, 5);
        List<String> codes = vouchers.codes(adminToken, batch);
        Session viewer = DashboardBrowser.signIn(users.user("VIEWER"));

        Response list = viewer.given().when().get("/dashboard/batches");
        Response page = viewer.given().when().get("/dashboard/batches/" + batch);

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.asString());
        assertThat(html.select("table.vouchers tbody tr")).hasSize(5);
        assertThat(html.select("td.code, a[href$=vouchers.csv], a[href$=/print]")).isEmpty();
        for (String code : codes) {
            assertThat(page.asString().replaceAll("[^A-Za-z0-9]", "")).doesNotContain(code);
            assertThat(list.asString()).doesNotContain(code);
        }
        for (String path : List.of("/vouchers.csv", "/print", "/cards.pdf?layout=a4", "/cards.html?layout=a4")) {
            Response refused = viewer.given().when().get("/dashboard/batches/" + batch + path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            for (String code : codes) {
                assertThat(refused.asString()).as(path).doesNotContain(code);
            }
        }
    }
}
