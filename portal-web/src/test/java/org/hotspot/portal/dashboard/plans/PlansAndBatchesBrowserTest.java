package org.hotspot.portal.dashboard.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithRouterGateway;
import org.hotspot.testing.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An org admin makes a plan and a batch of 1,000 through the pages' forms and watches, in Chromium,
 * the batch page follow its making until the vouchers are listed; then every page of the
 * area at 360 and 1280 px in English and Arabic, under {@code target/screenshots/}, for people to
 * look at.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class PlansAndBatchesBrowserTest {

    private static final Duration BATCH_MADE = Duration.ofSeconds(90);

    @InjectAuthService
    AuthService auth;

    @TestHTTPResource("/")
    URI root;

    @Test
    void anOrgAdminCreatesAPlanAndABatchOfAThousandAndWatchesItFinish() {
        String base = root.toString().replaceAll("/$", "").replace("localhost", "127.0.0.1");
        // The forms are posted over HTTP with the session's CSRF token: Chromium's own form posts are
        // refused by the sign-in area's cross-site check for now (it reads the Origin "null" that the
        // no-referrer policy makes Chromium send; SignInBrowserTest is disabled for the same reason).
        Session admin = DashboardBrowser.signIn(DashboardUsers.organization(auth, "en").user("ORG_ADMIN"));
        assertThat(admin.form().formParams(PlanPagesTest.dayPass("Hour pass")).when().post("/dashboard/plans")
                .statusCode()).isEqualTo(303);
        String plan = PlanPagesTest.planId(admin, "Hour pass");
        try (Browser browser = Browser.start("en")) {
            browser.resize(1280, 1000);
            browser.open(base + "/dashboard/sign-in");
            admin.cookies().forEach((name, value) -> browser.driver().executeCdpCommand("Network.setCookie",
                    Map.of("name", name, "value", value, "url", base + "/", "secure", true, "httpOnly", true,
                            "sameSite", "Strict")));
            browser.open(base + "/dashboard/plans");
            assertThat(browser.text("table.plans tbody")).contains("Hour pass").contains("2 GB");

            String made = admin.form().formParam("planId", plan).formParam("count", "1000").formParam("prefix", "hp")
                    .formParam("codeLength", "10").when().post("/dashboard/batches").header("Location");
            browser.open(base + URI.create(made).getPath());
            boolean listedAtOnce = browser.has("table.vouchers");
            boolean sawProgress = browser.has("#progress progress");
            assertThat(listedAtOnce || sawProgress).as("the batch made already, or its progress shown").isTrue();
            if (sawProgress) {
                browser.screenshot("dashboard-batch-progress-en-1280");
            }
            Awaitility.await("the batch page lists the vouchers once made").atMost(BATCH_MADE)
                    .pollInterval(Duration.ofMillis(250)).until(() -> browser.has("table.vouchers"));
            assertThat(browser.driver().findElements(By.cssSelector("table.vouchers tbody tr"))).hasSize(50);
            assertThat(browser.text("table.vouchers td.code")).startsWith("HP");
            assertThat(browser.text(".facts")).contains("1,000").contains("Ready");

            screenshots(browser, base, URI.create(made).getPath());
        }
    }

    private static void screenshots(Browser browser, String base, String batchPath) {
        browser.open(base + "/dashboard/plans");
        String edit = browser.await("table.plans a[href$='/edit']").getDomAttribute("href");
        String retire = browser.await("table.plans a[href$='/retire']").getDomAttribute("href");
        List<String[]> pages = new ArrayList<>(List.of(
                new String[] {"plans", "/dashboard/plans"},
                new String[] {"plan-new", "/dashboard/plans/new"},
                new String[] {"plan-edit", edit},
                new String[] {"plan-retire", retire},
                new String[] {"batches", "/dashboard/batches"},
                new String[] {"batch-new", "/dashboard/batches/new"},
                new String[] {"batch", batchPath},
                new String[] {"batch-print", batchPath + "/print?layout=thermal-58&which=range&from=1&to=10"}));
        for (String language : List.of("en", "ar")) {
            for (int width : List.of(360, 1280)) {
                browser.resize(width, width == 360 ? 740 : 1000);
                for (String[] page : pages) {
                    browser.open(base + page[1] + (page[1].contains("?") ? "&" : "?") + "lang=" + language);
                    browser.await("main h1");
                    assertThat(browser.htmlAttribute("dir")).isEqualTo("ar".equals(language) ? "rtl" : "ltr");
                    Object overflow = browser.script(
                            "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
                    assertThat(overflow).as("%s at %d px in %s scrolls sideways", page[0], width, language)
                            .isEqualTo(Boolean.FALSE);
                    Object navigation = browser.script(
                            "return document.querySelector('nav.sections').getBoundingClientRect().height");
                    assertThat(((Number) navigation).doubleValue())
                            .as("%s at %d px in %s: the sections take one row, not the first screen", page[0], width,
                                    language)
                            .isLessThan(width == 360 ? 80 : 120);
                    browser.screenshot("dashboard-" + page[0] + "-" + language + "-" + width);
                }
            }
        }
    }
}
