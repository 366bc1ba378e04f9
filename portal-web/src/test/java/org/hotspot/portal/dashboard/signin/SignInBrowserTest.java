package org.hotspot.portal.dashboard.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.dashboard.DashboardUsers.User;
import org.hotspot.portal.dashboard.Totp;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithRouterGateway;
import org.hotspot.testing.browser.Browser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Signing in to the dashboard in Chromium with the keyboard alone (Tab, type, Enter), in English
 * and in Arabic, over plain HTTP on 127.0.0.1 with the Secure {@code __Host-} cookie: Chromium keeps
 * it there. Screenshots of the sign-in, code, enrolment, overview and account pages at 360 and
 * 1280 px go to {@code target/screenshots/dashboard-*} for people to look at.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class SignInBrowserTest {

    private static final int DESKTOP_WIDTH = 1280;
    private static final int DESKTOP_HEIGHT = 900;

    @InjectAuthService
    AuthService auth;

    @TestHTTPResource("/")
    URL base;

    private String baseUrl() {
        return base.toString().replaceAll("/$", "").replace("localhost", "127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void anOperatorSignsInWithTheKeyboardAlone(String language) {
        DashboardUsers users = DashboardUsers.organization(auth, language);
        User operator = users.user("ORG_ADMIN");
        try (Browser browser = Browser.start(language)) {
            browser.open(baseUrl() + "/dashboard/sign-in");
            browser.await("#username");
            shoot(browser, "signin", language);

            DashboardBrowser.signInWithKeyboard(browser, baseUrl(), operator);

            DashboardBrowser.awaitOrTell(browser, "nav.sections");
            assertThat(browser.url()).endsWith("/dashboard");
            assertThat(browser.htmlAttribute("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
            assertThat(browser.text(".operator")).contains(operator.username());
            shoot(browser, "overview", language);

            browser.open(baseUrl() + "/dashboard/account");
            browser.await("#current-password");
            shoot(browser, "account", language);

            // Sign-out from the frame, by keyboard too: the button is a real form button.
            browser.driver().findElement(By.cssSelector("form.sign-out button"))
                    .sendKeys(Keys.ENTER);
            browser.await("form.sign-in");
            assertThat(browser.url()).contains("/dashboard/sign-in");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theSecondStepPagesReadWellOnPhonesAndDesktops(String language) {
        User withApp = DashboardUsers.organization(auth, language).userWithTotp("OPERATOR");
        User enrolling = DashboardUsers.organizationRequiringTotp(auth, language).user("OPERATOR");
        try (Browser browser = Browser.start(language)) {
            DashboardBrowser.signInWithKeyboard(browser, baseUrl(), withApp);
            DashboardBrowser.awaitOrTell(browser, "#code");
            shoot(browser, "totp", language);
            new Actions(browser.driver()).sendKeys(Totp.code(withApp.totpSecret(), 0)).sendKeys(Keys.ENTER).perform();
            DashboardBrowser.awaitOrTell(browser, "nav.sections");

            browser.driver().manage().deleteAllCookies();
            DashboardBrowser.signInWithKeyboard(browser, baseUrl(), enrolling);
            DashboardBrowser.awaitOrTell(browser, "img.qr");
            Object qrWidth = browser.script("return document.querySelector('img.qr').naturalWidth");
            assertThat(((Number) qrWidth).intValue()).as("the QR code loaded").isGreaterThan(100);
            shoot(browser, "enrol", language);
        }
    }

    private static void shoot(Browser browser, String page, String language) {
        for (List<Integer> size : List.of(List.of(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT),
                List.of(DESKTOP_WIDTH, DESKTOP_HEIGHT))) {
            browser.resize(size.get(0), size.get(1));
            browser.screenshot("dashboard-" + page + "-" + language + "-" + size.get(0));
        }
        browser.resize(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
    }
}
