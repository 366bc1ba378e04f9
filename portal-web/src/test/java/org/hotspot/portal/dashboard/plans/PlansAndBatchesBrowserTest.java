package org.hotspot.portal.dashboard.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.dashboard.DashboardUsers.User;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithRouterGateway;
import org.hotspot.testing.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.Select;

/**
 * An org admin in Chromium: signs in, creates a plan through the form, makes a batch of 1,000 and
 * watches the batch page follow its making until the vouchers are listed; then every page of the
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
    void anOrgAdminCreatesAPlanAndABatchOfAThousandAndWatchesItFinish() throws InterruptedException {
        String base = root.toString().replaceAll("/$", "");
        User admin = DashboardUsers.organization(auth, "en").user("ORG_ADMIN");
        try (Browser browser = Browser.start("en")) {
            browser.resize(1280, 1000);
            DashboardBrowser.signInWithKeyboard(browser, base, admin);
            try {
                browser.await("form.sign-out");
            } catch (TimeoutException e) {
                browser.screenshot("dashboard-plans-sign-in-failed");
                throw new AssertionError("not signed in; the browser is at " + browser.url(), e);
            }

            browser.open(base + "/dashboard/plans/new");
            browser.type("#name", "Hour pass").type("#price", "1.25").type("#currency", "USD")
                    .type("#timeQuota", "1").type("#dataQuota", "500").type("#rateLimit", "2M/1M");
            new Select(browser.await("#timeUnit")).selectByValue("hours");
            new Select(browser.await("#dataUnit")).selectByValue("mb");
            browser.click("form.plan-form button[type=submit]");
            assertThat(browser.text("#status")).isEqualTo("The plan is created.");
            assertThat(browser.text("table.plans tbody")).contains("Hour pass").contains("500 MB");

            browser.open(base + "/dashboard/batches/new");
            browser.await("#count").clear();
            browser.type("#count", "1000").type("#prefix", "hp");
            browser.click("form.batch-form button[type=submit]");
            browser.awaitUrlContaining("/dashboard/batches/");
            String batchUrl = browser.url();
            boolean listedAtOnce = browser.has("table.vouchers");
            boolean sawProgress = browser.has("#progress progress");
            assertThat(listedAtOnce || sawProgress).as("the batch made already, or its progress shown").isTrue();
            Instant until = Instant.now().plus(BATCH_MADE);
            while (!browser.has("table.vouchers") && Instant.now().isBefore(until)) {
                Thread.sleep(250);
            }
            assertThat(browser.has("table.vouchers")).as("the batch page lists the vouchers once made").isTrue();
            assertThat(browser.driver().findElements(By.cssSelector("table.vouchers tbody tr"))).hasSize(50);
            assertThat(browser.text("table.vouchers td.code")).startsWith("HP");
            assertThat(browser.text(".facts")).contains("1,000").contains("Ready");
            assertThat(browser.url()).isEqualTo(batchUrl);

            screenshots(browser, base, URI.create(batchUrl).getPath());
        }
    }

    private static void screenshots(Browser browser, String base, String batchPath) {
        browser.open(base + "/dashboard/plans");
        String edit = browser.await("table.plans a[href$=/edit]").getDomAttribute("href");
        String retire = browser.await("table.plans a[href$=/retire]").getDomAttribute("href");
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
                    browser.screenshot("dashboard-" + page[0] + "-" + language + "-" + width);
                }
            }
        }
    }
}
