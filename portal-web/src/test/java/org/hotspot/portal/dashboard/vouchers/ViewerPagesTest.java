package org.hotspot.portal.dashboard.vouchers;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.WithSessionService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A viewer reads the vouchers and sessions pages and never sees a code on them, nor any action;
 * an operator's pages show the codes and actions the viewer's lack; a viewer's revoke posted by
 * hand is refused and changes nothing. The pages load nothing the CSP would block.
 */
@QuarkusTest
@WithSessionService
@TestProfile(RealBackends.class)
class ViewerPagesTest extends AgainstTheSuite {

    @Test
    void aViewerSeesNoCodeAndNoActionWhereAnOperatorSeesBoth() {
        DashboardUsers users = DashboardUsers.organization(auth, "en");
        String token = auth.tokenFor(users.organizationId(), "ORG_ADMIN");
        String batch = batch(token, 3);
        List<String> codes = vouchers.codes(token, batch);
        String id = (String) vouchers.voucher(token, codes.get(0)).get("id");
        Session viewer = DashboardBrowser.signIn(users.user("VIEWER"));
        Session operator = DashboardBrowser.signIn(users.user("OPERATOR"));

        try (LiveSession live = new LiveSession(gateway, token, codes.get(0))) {
            sessions.awaitOpen(token, live.sessionId());
            List<String> pages = List.of("/dashboard/vouchers", "/dashboard/vouchers?batch=" + batch,
                    "/dashboard/vouchers?state=ACTIVE", "/dashboard/vouchers/" + id,
                    "/dashboard/vouchers/" + id + "?confirm=revoke", "/dashboard/sessions",
                    "/dashboard/sessions?view=history");
            for (String path : pages) {
                Document seen = page(viewer, path);
                String html = seen.outerHtml();
                for (String code : codes) {
                    assertThat(html).as("%s as a viewer", path).doesNotContain(code).doesNotContain(printed(code));
                }
                assertThat(seen.select("form[method=post]:not(.sign-out):not([action$='/find'])"))
                        .as("forms on %s", path).isEmpty();
                assertThat(seen.select("main a[href*=confirm]")).as("actions on %s", path).isEmpty();
            }
            Document operators = page(operator, "/dashboard/vouchers?batch=" + batch);
            assertThat(operators.select("bdi.code").eachText()).containsExactlyElementsOf(codes.stream()
                    .map(ViewerPagesTest::printed).toList());
            assertThat(page(operator, "/dashboard/vouchers/" + id).select("a[href$='?confirm=revoke']")).hasSize(1);
            assertThat(page(operator, "/dashboard/sessions").select("a[href*='confirm=']")).hasSize(1);

            // The code typed by a viewer finds the voucher, on a page without it.
            Response found = viewer.form().formParam("code", codes.get(0)).when().post("/dashboard/vouchers/find");
            assertThat(found.statusCode()).isEqualTo(303);
            assertThat(found.header("Location")).endsWith("/dashboard/vouchers/" + id);

            // A code in an address is never looked up: browsers and proxies keep addresses.
            Response byAddress = operator.given().redirects().follow(false).when()
                    .get("/dashboard/vouchers/" + codes.get(0));
            assertThat(byAddress.statusCode()).isEqualTo(404);
            assertThat(byAddress.asString()).as("not looked up").doesNotContain(id);

            // The sessions filter takes the code in a POST and lists by the voucher's id.
            Response filtered = operator.form().formParam("code", codes.get(0)).when().post("/dashboard/sessions/find");
            assertThat(filtered.statusCode()).isEqualTo(303);
            assertThat(filtered.header("Location")).contains("voucherId=" + id).doesNotContain(codes.get(0));
            Document oneVoucher = page(operator, filtered.header("Location").replaceFirst("^https?://[^/]+", ""));
            assertThat(oneVoucher.select("a[href*='confirm=']")).as("the voucher's open session").hasSize(1);
            assertThat(page(operator, "/dashboard/sessions?voucherId=" + id.replace('a', 'b').replace('0', '1'))
                    .select("a[href*='confirm=']")).as("another id's sessions").isEmpty();

            Response refused = viewer.form().when().post("/dashboard/vouchers/" + id + "/revoke");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.asString()).doesNotContain(codes.get(0));
            assertThat(vouchers.voucher(token, codes.get(0)).get("state")).isEqualTo("ACTIVE");
        }
    }

    private static Document page(Session session, String path) {
        Response response = session.given().when().get(path);
        Document page = Jsoup.parse(response.asString(), "http://127.0.0.1/");
        assertThat(response.statusCode()).as("%s: %s", path, page.select(".problem").text().isEmpty()
                ? response.asString() : page.select(".problem").text()).isEqualTo(200);
        DashboardBrowser.assertSelfContained(page);
        return page;
    }

    /** The code grouped by four, as voucher-service prints it on cards and the pages show it. */
    private static String printed(String code) {
        return String.join("-", code.split("(?<=\\G.{4})"));
    }
}
