package org.hotspot.portal.dashboard.vouchers;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardUsers.User;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectRouterGateway;
import org.hotspot.testing.InjectSessionService;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.SessionService;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * What the vouchers and sessions page tests share (each {@code @WithSessionService} with the
 * {@code RealBackends} profile): the real services as their test resources give them, vouchers
 * made through voucher-service's API, and screenshots at a phone's and a desktop's width.
 */
abstract class AgainstTheSuite {

    private static final int DESKTOP_WIDTH = 1280;
    private static final int DESKTOP_HEIGHT = 900;

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @InjectRouterGateway
    RouterGateway gateway;

    @InjectSessionService
    SessionService sessions;

    @TestHTTPResource("/")
    URL base;

    /** portal-web's address as Chromium reaches it: 127.0.0.1, where it keeps the Secure cookie. */
    String baseUrl() {
        return base.toString().replaceAll("/$", "").replace("localhost", "127.0.0.1");
    }

    /**
     * Chromium signed in as {@code user}: signed in over HTTP through the real sign-in page, its
     * session cookies then given to the browser, which opens the overview with them. The same
     * session over HTTP, for {@link #submit}.
     */
    DashboardBrowser.Session signIn(Browser browser, User user) {
        DashboardBrowser.Session session = DashboardBrowser.signIn(user);
        browser.open(baseUrl() + "/dashboard/sign-in");
        session.cookies().forEach((name, value) -> browser.driver().manage().addCookie(new Cookie.Builder(name, value)
                .path("/").isSecure(name.startsWith("__Host-")).isHttpOnly(true).sameSite("Strict").build()));
        browser.open(baseUrl() + "/dashboard");
        browser.await("nav.sections");
        return session;
    }

    /**
     * Posts the form Chromium shows ({@code css}), its fields as they are, with the browser's
     * session, and opens in Chromium the page it was sent on to. Until the dashboard's CSRF check
     * admits Chromium's own form posts (D1's fix: {@code SignInBrowserTest} is disabled for it),
     * Chromium shows and confirms, and the post goes as the same session over HTTP.
     */
    void submit(Browser browser, DashboardBrowser.Session session, String css) {
        WebElement form = browser.await(css);
        var post = session.given().contentType("application/x-www-form-urlencoded");
        for (WebElement field : form.findElements(By.cssSelector("input[type=hidden]"))) {
            post = post.formParam(field.getAttribute("name"), field.getAttribute("value"));
        }
        Response answer = post.when().post(URI.create(form.getAttribute("action")).getPath());
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(303);
        browser.open(baseUrl() + answer.header("Location").replaceFirst("^https?://[^/]+", ""));
    }

    /** A new READY batch of {@code count} one-hour vouchers, made by the organization's admin; its id. */
    String batch(String adminToken, int count) {
        return vouchers.newBatch(adminToken, vouchers.newProfile(adminToken, Map.of("timeQuotaSeconds", 3_600)), count);
    }

    /** The page as it is now at 360 and 1280 px: {@code target/screenshots/dashboard-<page>-<language>-<width>.png}. */
    static void shoot(Browser browser, String page, String language) {
        for (List<Integer> size : List.of(List.of(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT),
                List.of(DESKTOP_WIDTH, DESKTOP_HEIGHT))) {
            browser.resize(size.get(0), size.get(1));
            browser.screenshot("dashboard-" + page + "-" + language + "-" + size.get(0));
        }
        browser.resize(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
    }
}
