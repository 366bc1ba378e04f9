package org.hotspot.portal.dashboard.sales;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.dashboard.DashboardUsers.User;
import org.hotspot.portal.dashboard.reports.AgainstServices;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.WithSessionService;
import org.hotspot.testing.browser.Browser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sales page against the real services: two resellers buy batches with credit and the staff
 * makes one; a reseller's page shows only their own, an admin's every seller with the totals, and
 * the CSV the same rows. Screenshots in English and Arabic at 360 and 1280 px.
 */
@QuarkusTest
@WithSessionService
@TestProfile(RealBackends.class)
class SalesBrowserTest extends AgainstServices {

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void aResellerSeesTheirOwnSalesAndAnAdminEveryones(String language) {
        DashboardUsers users = DashboardUsers.organization(auth, language);
        String admin = auth.tokenFor(users.organizationId(), "ORG_ADMIN");
        String plan = vouchers.newProfile(admin, Map.of("name", "Hour", "price", 2.5, "currency", "USD",
                "timeQuotaSeconds", 3_600));
        List<User> two = new ArrayList<>(List.of(users.user("RESELLER"), users.user("RESELLER")));
        two.sort(Comparator.comparing(User::username));
        User first = two.get(0);
        User second = two.get(1);
        for (User reseller : List.of(first, second)) {
            given().baseUri(vouchers.url()).auth().oauth2(admin).contentType("application/json")
                    .body(Map.of("currency", "USD", "addCredit", "100", "allowedProfileIds", List.of(plan)))
                    .when().put("/api/resellers/" + reseller.username()).then().statusCode(200);
        }
        vouchers.newBatch(tokenOf(first), plan, 2);
        vouchers.newBatch(tokenOf(second), plan, 4);
        vouchers.newBatch(admin, plan, 3);

        DashboardBrowser.Session reseller = DashboardBrowser.signIn(first);
        Document own = reseller.page("/dashboard/sales");
        assertThat(keys(own)).containsExactly(first.username());
        assertThat(vouchers(own, "tfoot tr.total")).isEqualTo(2);
        assertThat(own.selectFirst("tfoot tr.total").text()).contains("5");

        try (Browser browser = Browser.start(language)) {
            DashboardBrowser.Session session = signIn(browser, users.user("ORG_ADMIN"));
            browser.open(baseUrl() + "/dashboard/sales");
            browser.await("table.sales");
            Document all = Jsoup.parse(browser.driver().getPageSource());
            assertThat(keys(all)).as("the staff first, then resellers by name")
                    .containsExactly("", first.username(), second.username());
            assertThat(vouchers(all, "tfoot tr.total")).isEqualTo(9);
            assertThat(all.selectFirst("tbody tr[data-key=" + second.username() + "]").text()).contains("10");
            assertThat(all.selectFirst("tfoot tr.total").text()).contains("15");
            assertThat(cspViolations(browser)).isEmpty();
            shoot(browser, "sales", language);
            shootAt(browser, "sales-table", language, "table.sales");

            Response csv = session.given().when().get(all.selectFirst("a[href^='/dashboard/sales/sales.csv']")
                    .attr("href"));
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.asString().lines().toList()).containsExactly(
                    "groupBy,key,name,currency,batches,vouchers,amount",
                    "reseller,,,USD,1,3,",
                    "reseller," + first.username() + "," + first.username() + ",USD,1,2,5.0",
                    "reseller," + second.username() + "," + second.username() + ",USD,1,4,10.0");

            browser.open(baseUrl() + "/dashboard/sales?groupBy=profile");
            browser.await("table.sales");
            assertThat(browser.text("table.sales tbody")).contains("Hour");
            shoot(browser, "sales-by-plan", language);
        }
    }

    private static List<String> keys(Document page) {
        return page.select("table.sales tbody tr").stream().map(row -> row.attr("data-key")).toList();
    }

    private static long vouchers(Document page, String row) {
        Element cell = page.selectFirst("table.sales " + row + " td[data-vouchers]");
        assertThat(cell).as(row).isNotNull();
        return Long.parseLong(cell.attr("data-vouchers"));
    }
}
