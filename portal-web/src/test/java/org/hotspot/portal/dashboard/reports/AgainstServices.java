package org.hotspot.portal.dashboard.reports;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.http.TestHTTPResource;
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
import org.openqa.selenium.Cookie;

/**
 * What the reports and sales page tests share (each {@code @WithSessionService} with the
 * {@code RealBackends} profile): the real services, Chromium signed in with a session made over
 * HTTP, a record of the page's CSP violations, and screenshots at a phone's and a desktop's width.
 */
public abstract class AgainstServices {

    private static final int DESKTOP_WIDTH = 1280;
    private static final int DESKTOP_HEIGHT = 900;
    /** Kept by every page Chromium opens, before the page's own scripts run. */
    private static final String RECORD_CSP_VIOLATIONS = "window.cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + " window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });";

    @InjectAuthService
    protected AuthService auth;

    @InjectVoucherService
    protected VoucherService vouchers;

    @InjectRouterGateway
    protected RouterGateway gateway;

    @InjectSessionService
    protected SessionService sessions;

    @TestHTTPResource("/")
    URL base;

    /** portal-web's address as Chromium reaches it: 127.0.0.1, where it keeps the Secure cookie. */
    protected String baseUrl() {
        return base.toString().replaceAll("/$", "").replace("localhost", "127.0.0.1");
    }

    /** Chromium signed in as {@code user}, recording CSP violations; the same session over HTTP. */
    protected DashboardBrowser.Session signIn(Browser browser, User user) {
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", RECORD_CSP_VIOLATIONS));
        DashboardBrowser.Session session = DashboardBrowser.signIn(user);
        browser.open(baseUrl() + "/dashboard/sign-in");
        session.cookies().forEach((name, value) -> browser.driver().manage().addCookie(new Cookie.Builder(name, value)
                .path("/").isSecure(name.startsWith("__Host-")).isHttpOnly(true).sameSite("Strict").build()));
        browser.open(baseUrl() + "/dashboard");
        browser.await("nav.sections");
        return session;
    }

    /** What the CSP refused on the page open in Chromium. */
    @SuppressWarnings("unchecked")
    protected static List<String> cspViolations(Browser browser) {
        return (List<String>) browser.script("return window.cspViolations || ['no recorder'];");
    }

    /** An access token of {@code user}, signed in through auth-service's API. */
    protected String tokenOf(User user) {
        return given().baseUri(auth.url()).contentType("application/json")
                .body(Map.of("username", user.username(), "password", user.password()))
                .when().post("/api/auth/login")
                .then().statusCode(200)
                .extract().path("accessToken");
    }

    /** The page as it is now at 360 and 1280 px: {@code target/screenshots/dashboard-<page>-<language>-<width>.png}. */
    protected static void shoot(Browser browser, String page, String language) {
        shootAt(browser, page, language, null);
    }

    /** The same, scrolled to what {@code css} finds first (the top of the page when null). */
    protected static void shootAt(Browser browser, String page, String language, String css) {
        for (List<Integer> size : List.of(List.of(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT),
                List.of(DESKTOP_WIDTH, DESKTOP_HEIGHT))) {
            browser.resize(size.get(0), size.get(1));
            browser.script(css == null ? "window.scrollTo(0, 0);"
                    : "document.querySelector(arguments[0]).scrollIntoView();", css == null ? "" : css);
            browser.screenshot("dashboard-" + page + "-" + language + "-" + size.get(0));
        }
        browser.resize(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
    }
}
