package org.hotspot.portal.dashboard.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.SignInForm;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.dashboard.DashboardUsers.User;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithRouterGateway;
import org.hotspot.testing.browser.Browser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An org admin, in Chromium, adds an operator (a too short password first: the form comes back with
 * the username kept and the rule beside the password), changes their role, disables them after a
 * confirmation page, sets a new password; grants a reseller credit and a plan, which the reseller's
 * batch form then shows. Every page of the area at 360 and 1280 px in English and Arabic.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class PeopleBrowserTest {

    private static final int DESKTOP_WIDTH = 1280;
    private static final int DESKTOP_HEIGHT = 900;

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @TestHTTPResource("/")
    URL base;

    private String baseUrl() {
        return base.toString().replaceAll("/$", "").replace("localhost", "127.0.0.1");
    }

    @Test
    void anOrgAdminAddsAnOperatorChangesTheirRoleDisablesThemAndSetsANewPassword() {
        DashboardUsers users = DashboardUsers.organization(auth, "en");
        User admin = users.user("ORG_ADMIN");
        String username = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a-long-first-password-" + UUID.randomUUID();
        try (Browser browser = Browser.start("en")) {
            browser.resize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
            DashboardBrowser.signInWithKeyboard(browser, baseUrl(), admin);
            DashboardBrowser.awaitOrTell(browser, "nav.sections");
            browser.open(baseUrl() + "/dashboard/people/new");
            assertThat(browser.driver().findElements(By.cssSelector("#role option")))
                    .extracting(option -> option.getDomAttribute("value"))
                    .containsExactly("ORG_ADMIN", "OPERATOR", "RESELLER", "VIEWER");

            browser.type("#username", username).type("#password", "short");
            browser.click("form.people-form button[type=submit]");
            DashboardBrowser.awaitOrTell(browser, "#password-error");
            assertThat(browser.text("#password-error")).isEqualTo("The password needs at least 12 characters.");
            assertThat(browser.await("#username").getDomProperty("value")).isEqualTo(username);
            assertThat(browser.await("#password").getDomAttribute("aria-invalid")).isEqualTo("true");

            browser.type("#password", password);
            browser.click("form.people-form button[type=submit]");
            DashboardBrowser.awaitOrTell(browser, ".person-facts");
            assertThat(browser.text("#status")).contains("The operator is created");
            assertThat(browser.text("main h1")).isEqualTo(username);
            assertThat(browser.text(".person-facts")).contains("Operator").contains("Active").contains("Not set up");
            String personPath = browser.url().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");

            new Select(browser.await("#role")).selectByValue("VIEWER");
            browser.click("form[action$='/role'] button");
            DashboardBrowser.awaitOrTell(browser, ".notice");
            assertThat(browser.text("#status")).contains("The role is changed");
            assertThat(browser.text(".person-facts")).contains("Viewer");

            browser.click("a[href$='/disable']");
            DashboardBrowser.awaitOrTell(browser, "form[action$='/disable'] button");
            assertThat(browser.text("main h1")).isEqualTo("Disable this operator?");
            browser.click("form[action$='/disable'] button");
            DashboardBrowser.awaitOrTell(browser, ".notice");
            assertThat(browser.text(".person-facts")).contains("Disabled");
            assertThat(signInAnswer(username, password)).as("a disabled operator's sign-in").isNotEqualTo(303);

            browser.click("form[action$='/enable'] button");
            DashboardBrowser.awaitOrTell(browser, ".notice");
            String newPassword = "a-brand-new-password-" + UUID.randomUUID();
            browser.click("a[href$='/password']");
            browser.type("#password", newPassword);
            browser.click("form[action$='/password'] button[type=submit]");
            DashboardBrowser.awaitOrTell(browser, ".notice");
            assertThat(browser.text("#status")).contains("The password is changed");
            assertThat(signInAnswer(username, password)).as("the old password").isNotEqualTo(303);
            assertThat(signInAnswer(username, newPassword)).as("the new password").isEqualTo(303);

            screenshots(browser, personPath);
        }
    }

    @Test
    void anOrgAdminGrantsAResellerCreditAndAPlanThatTheResellersBatchFormThenShows() {
        DashboardUsers users = DashboardUsers.organization(auth, "en");
        User admin = users.user("ORG_ADMIN");
        String adminToken = auth.tokenFor(users.organizationId(), "ORG_ADMIN");
        String plan = vouchers.newProfile(adminToken, Map.of("name", "Weekend pass", "price", 3));
        vouchers.newProfile(adminToken, Map.of("name", "Night pass", "price", 1));
        User reseller = users.user("RESELLER");
        try (Browser browser = Browser.start("en")) {
            browser.resize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
            DashboardBrowser.signInWithKeyboard(browser, baseUrl(), admin);
            DashboardBrowser.awaitOrTell(browser, "nav.sections");
            openPersonNamed(browser, reseller.username());
            assertThat(browser.text(".credit-now")).isEqualTo("No credit yet");

            WebElement credit = browser.await("#addCredit");
            credit.clear();
            credit.sendKeys("25");
            browser.driver().findElement(By.xpath("//label[bdi='Weekend pass']")).click();
            browser.click("form.credit-form button[type=submit]");
            DashboardBrowser.awaitOrTell(browser, ".notice");
            assertThat(browser.text("#status")).contains("The credit and plans are saved");
            assertThat(browser.text(".credit-now")).isEqualTo("$25.00");

            browser.open(baseUrl() + "/dashboard/people");
            String row = browser.driver().findElements(By.cssSelector("table.people tbody tr")).stream()
                    .map(WebElement::getText).filter(text -> text.contains(reseller.username())).findFirst()
                    .orElseThrow();
            assertThat(row).contains("Reseller").contains("$25.00").contains("Weekend pass").doesNotContain("Night");
            shoot(browser, "people-reseller", "en");
        }
        Document form = DashboardBrowser.signIn(reseller).page("/dashboard/batches/new");
        assertThat(form.selectFirst(".credit dd").text()).isEqualTo("$25.00");
        assertThat(form.select("#planId option").eachAttr("value")).containsExactly(plan);
    }

    /** The person page of {@code username}, through the list's link to it. */
    private void openPersonNamed(Browser browser, String username) {
        browser.open(baseUrl() + "/dashboard/people");
        WebElement link = browser.driver().findElements(By.cssSelector("table.people a")).stream()
                .filter(a -> a.getText().equals(username)).findFirst().orElseThrow();
        link.click();
        DashboardBrowser.awaitOrTell(browser, ".person-facts");
    }

    private static int signInAnswer(String username, String password) {
        SignInForm form = DashboardBrowser.openSignIn("en");
        return form.post().formParam("username", username).formParam("password", password)
                .when().post("/dashboard/sign-in").statusCode();
    }

    private void screenshots(Browser browser, String personPath) {
        List<String[]> pages = List.of(
                new String[] {"people", "/dashboard/people"},
                new String[] {"people-new", "/dashboard/people/new"},
                new String[] {"people-person", personPath},
                new String[] {"people-disable", personPath + "/disable"},
                new String[] {"people-password", personPath + "/password"},
                new String[] {"settings", "/dashboard/settings"});
        for (String language : List.of("en", "ar")) {
            for (String[] page : pages) {
                browser.open(baseUrl() + page[1] + "?lang=" + language);
                browser.await("main h1");
                assertThat(browser.htmlAttribute("dir")).isEqualTo("ar".equals(language) ? "rtl" : "ltr");
                for (int width : List.of(Browser.PHONE_WIDTH, DESKTOP_WIDTH)) {
                    browser.resize(width, width == DESKTOP_WIDTH ? DESKTOP_HEIGHT : Browser.PHONE_HEIGHT);
                    Object overflow = browser.script(
                            "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
                    assertThat(overflow).as("%s at %d px in %s scrolls sideways", page[0], width, language)
                            .isEqualTo(Boolean.FALSE);
                    browser.screenshot("dashboard-" + page[0] + "-" + language + "-" + width);
                }
            }
        }
    }

    private static void shoot(Browser browser, String page, String language) {
        for (int width : List.of(Browser.PHONE_WIDTH, DESKTOP_WIDTH)) {
            browser.resize(width, width == DESKTOP_WIDTH ? DESKTOP_HEIGHT : Browser.PHONE_HEIGHT);
            browser.screenshot("dashboard-" + page + "-" + language + "-" + width);
        }
    }
}
