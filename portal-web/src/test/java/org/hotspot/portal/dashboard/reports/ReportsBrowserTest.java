package org.hotspot.portal.dashboard.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.dashboard.DashboardUsers.User;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.WithSessionService;
import org.hotspot.testing.browser.Browser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The usage report against the real services: two vouchers of two plans used through radclient's
 * routers and router-gateway, rolled up by session-service; the report by plan shows each plan's
 * bytes in its table, draws its chart in Chromium without a CSP violation, and its CSV has the same
 * figures; a viewer's top vouchers name no code. Screenshots in English and Arabic at 360 and 1280 px.
 */
@QuarkusTest
@WithSessionService
@TestProfile(RealBackends.class)
class ReportsBrowserTest extends AgainstServices {

    /** Whether session-service already rolled up usage by plan once since it started. */
    private static boolean warm;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void aReportByPlanShowsEachPlansBytesInTableChartAndCsv(String language) {
        warmUp();
        DashboardUsers users = DashboardUsers.organization(auth, language);
        String token = auth.tokenFor(users.organizationId(), "ORG_ADMIN");
        String hourly = vouchers.newProfile(token, Map.of("name", "Hour " + language, "timeQuotaSeconds", 3_600));
        String daily = vouchers.newProfile(token, Map.of("name", "Day " + language, "timeQuotaSeconds", 86_400));
        String first = vouchers.codes(token, vouchers.newBatch(token, hourly, 1)).get(0);
        String second = vouchers.codes(token, vouchers.newBatch(token, daily, 1)).get(0);

        MeteredSession.use(gateway, token, "site-r1", first, "02:D3:00:00:00:31", 1_000_000, 3_000_000, 600);
        MeteredSession.use(gateway, token, "site-r2", second, "02:D3:00:00:00:32", 500_000, 2_000_000, 300);
        try (Browser browser = Browser.start(language)) {
            awaitUsage(token, Map.of(hourly, 4_000_000L, daily, 2_500_000L));

            User operator = users.user("OPERATOR");
            DashboardBrowser.Session session = signIn(browser, operator);
            browser.open(baseUrl() + "/dashboard/reports?period=today&groupBy=profile");
            browser.await("#usage-chart canvas");
            assertThat(browser.htmlAttribute("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
            assertThat(bytesIn(browser.driver().getPageSource(), hourly)).isEqualTo(4_000_000L);
            assertThat(bytesIn(browser.driver().getPageSource(), daily)).isEqualTo(2_500_000L);
            assertThat(browser.text(".usage-totals")).contains("Hour " + language, "Day " + language);
            Object drawn = browser.script("var c = document.querySelector('#usage-chart canvas');"
                    + "return c.width > 0 && c.height > 0 && document.querySelector('#usage-chart').offsetHeight > 100;");
            assertThat(drawn).as("the chart is drawn").isEqualTo(true);
            assertThat(browser.has(".u-legend")).as("uPlot's legend").isTrue();
            assertThat(cspViolations(browser)).as("CSP violations").isEmpty();
            shoot(browser, "reports", language);
            shootAt(browser, "reports-chart", language, ".usage-chart");
            shootAt(browser, "reports-tables", language, ".usage-totals");

            String csvHref = browser.await("a[href^='/dashboard/reports/usage.csv']").getAttribute("href");
            Response csv = session.given().when().get(csvHref.replaceFirst("^https?://[^/]+", ""));
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            Map<String, Long> sums = new HashMap<>();
            List<String> lines = csv.asString().lines().toList();
            assertThat(lines.get(0)).startsWith("bucketStart,groupBy,key,name,bytesIn,bytesOut,bytes,seconds");
            for (String line : lines.subList(1, lines.size())) {
                List<String> fields = Arrays.asList(line.split(","));
                sums.merge(fields.get(2), Long.parseLong(fields.get(6)), Long::sum);
            }
            assertThat(sums).isEqualTo(Map.of(hourly, 4_000_000L, daily, 2_500_000L));

            Document withoutScript = session.page("/dashboard/reports?period=today&groupBy=site");
            DashboardBrowser.assertSelfContained(withoutScript);
            assertThat(withoutScript.select("table.usage-totals tbody tr")).hasSize(2);
            assertThat(withoutScript.text()).contains("site-r1", "site-r2");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en"})
    void aViewerSeesTheTopVouchersWithoutTheirCodes(String language) {
        warmUp();
        DashboardUsers users = DashboardUsers.organization(auth, language);
        String token = auth.tokenFor(users.organizationId(), "ORG_ADMIN");
        String plan = vouchers.newProfile(token, Map.of("timeQuotaSeconds", 3_600));
        List<String> codes = vouchers.codes(token, vouchers.newBatch(token, plan, 2));
        MeteredSession.use(gateway, token, "site-v", codes.get(0), "02:D3:00:00:00:41", 100, 200, 60);
        MeteredSession.use(gateway, token, "site-v", codes.get(1), "02:D3:00:00:00:42", 7_000, 9_000, 60);
        awaitUsage(token, Map.of(plan, 16_300L));
        DashboardBrowser.Session viewer = DashboardBrowser.signIn(users.user("VIEWER"));
        Response answer = viewer.given().when().get("/dashboard/reports?period=today");
        assertThat(answer.statusCode()).isEqualTo(200);
        String html = answer.asString();
        for (String code : codes) {
            assertThat(html).doesNotContain(code).doesNotContainIgnoringCase(code.replace("-", ""));
        }
        Document page = Jsoup.parse(html);
        List<Element> top = page.select("table.top-vouchers tbody tr");
        assertThat(top).hasSize(2);
        assertThat(top.get(0).text()).as("most data first, by serial").contains("2");
        assertThat(top.get(0).selectFirst("a").attr("href")).startsWith("/dashboard/vouchers/");
        assertThat(page.select("table.usage-totals tbody tr")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en"})
    void wrongDatesComeBackWithTheirMessage(String language) {
        DashboardUsers users = DashboardUsers.organization(auth, language);
        DashboardBrowser.Session admin = DashboardBrowser.signIn(users.user("ORG_ADMIN"));
        Response answer = admin.given().when()
                .get("/dashboard/reports?period=custom&from=2026-03-10&to=2026-03-01&interval=day");
        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.selectFirst("#to-error")).isNotNull();
        assertThat(page.selectFirst("#from").val()).isEqualTo("2026-03-10");
        Response hourly = admin.given().when()
                .get("/dashboard/reports?period=custom&from=2026-01-01&to=2026-03-01&interval=hour");
        assertThat(Jsoup.parse(hourly.asString()).selectFirst("#interval-error")).isNotNull();
    }

    /** Once per run: session-service's voucher events consumer has joined (see {@link MeteredSession#useUntil}). */
    private void warmUp() {
        if (warm) {
            return;
        }
        String organization = auth.newOrganization();
        String token = auth.tokenFor(organization, "ORG_ADMIN");
        String plan = vouchers.newProfile(token, Map.of("timeQuotaSeconds", 3_600));
        String code = vouchers.codes(token, vouchers.newBatch(token, plan, 1)).get(0);
        MeteredSession.useUntil(gateway, token, code, () -> usage(token).getOrDefault(plan, 0L) > 0);
        warm = true;
    }

    /** Waits until session-service's roll-ups by plan hold these bytes (in and out) for today. */
    private void awaitUsage(String token, Map<String, Long> expected) {
        await("usage rolled up").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300))
                .until(() -> usage(token).equals(expected));
    }

    /** Today's bytes (in and out) by plan, as session-service answers. */
    private Map<String, Long> usage(String token) {
        List<Map<String, Object>> series = given().baseUri(sessions.url()).auth().oauth2(token)
                .queryParam("groupBy", "profile").queryParam("interval", "day")
                .when().get("/api/usage").then().statusCode(200).extract().path("series");
        Map<String, Long> found = new HashMap<>();
        for (Map<String, Object> one : series) {
            @SuppressWarnings("unchecked")
            List<Map<String, Number>> points = (List<Map<String, Number>>) one.get("points");
            found.put((String) one.get("key"), points.stream()
                    .mapToLong(p -> p.get("bytesIn").longValue() + p.get("bytesOut").longValue()).sum());
        }
        return found;
    }

    private static long bytesIn(String html, String key) {
        Element cell = Jsoup.parse(html).selectFirst("table.usage-totals tr[data-key=" + key + "] td[data-bytes]");
        assertThat(cell).as("the row of " + key).isNotNull();
        return Long.parseLong(cell.attr("data-bytes"));
    }
}
