package org.hotspot.portal.dashboard;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.hotspot.portal.dashboard.DashboardUsers.User;
import org.hotspot.testing.browser.Browser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Signing in to the dashboard as a browser does, through the real sign-in page: over plain HTTP
 * for page tests (a cookie jar and the session's CSRF token), or in Chromium with the keyboard.
 */
public final class DashboardBrowser {

    private DashboardBrowser() {
    }

    /** A signed-in browser over HTTP: its cookies and the session's CSRF token for forms. */
    public record Session(Map<String, String> cookies, String csrf) {

        /** A request with this browser's cookies, not following redirects (a test sees each 303). */
        public RequestSpecification given() {
            return RestAssured.given().cookies(cookies).redirects().follow(false);
        }

        /** A form POST of this browser, with its CSRF token. */
        public RequestSpecification form() {
            return given().contentType("application/x-www-form-urlencoded").formParam("_csrf", csrf);
        }

        /** The page, read as HTML. */
        public Document page(String path) {
            Response response = given().when().get(path);
            return Jsoup.parse(response.asString(), "http://127.0.0.1/");
        }
    }

    /** A sign-in page just opened: its cookies (the sign-in cookie) and its form's CSRF token. */
    public record SignInForm(Map<String, String> cookies, String csrf, Document page) {

        public RequestSpecification post() {
            return RestAssured.given().cookies(cookies).redirects().follow(false)
                    .contentType("application/x-www-form-urlencoded").formParam("_csrf", csrf);
        }
    }

    public static SignInForm openSignIn(String language) {
        Response response = given().redirects().follow(false).header("Accept-Language", language)
                .when().get("/dashboard/sign-in");
        Document page = Jsoup.parse(response.asString(), "http://127.0.0.1/");
        Element csrf = page.selectFirst("form.sign-in input[name=_csrf]");
        return new SignInForm(new HashMap<>(response.cookies()), csrf == null ? null : csrf.val(), page);
    }

    /** Signs in with username and password (no second step) and reads the CSRF token off the overview. */
    public static Session signIn(User user) {
        SignInForm form = openSignIn("en");
        Response signedIn = form.post().formParam("username", user.username()).formParam("password", user.password())
                .when().post("/dashboard/sign-in");
        if (signedIn.statusCode() != 303) {
            throw new IllegalStateException("sign-in answered " + signedIn.statusCode() + ": " + signedIn.asString());
        }
        Map<String, String> cookies = new HashMap<>(form.cookies());
        cookies.putAll(signedIn.cookies());
        cookies.values().removeIf(String::isEmpty);
        return withCsrf(cookies);
    }

    /** The session's CSRF token, as the overview's sign-out form carries it. */
    public static Session withCsrf(Map<String, String> cookies) {
        Response overview = given().cookies(cookies).redirects().follow(false).when().get("/dashboard");
        Element csrf = Jsoup.parse(overview.asString()).selectFirst("form.sign-out input[name=_csrf]");
        if (csrf == null) {
            throw new IllegalStateException("no session: the overview answered " + overview.statusCode());
        }
        return new Session(cookies, csrf.val());
    }

    /**
     * Nothing the CSP would block or that reaches a third party: no inline script, style or event
     * handler, every resource and link on this site's {@code /dashboard} or {@code /webjars}.
     */
    public static void assertSelfContained(Document page) {
        SoftAssertions soft = new SoftAssertions();
        for (Element script : page.select("script")) {
            soft.assertThat(script.data()).as("inline script").isBlank();
        }
        soft.assertThat(page.select("style, [style]")).as("inline styles").isEmpty();
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> soft.assertThat(attribute.getKey())
                    .as("event handler attribute").doesNotStartWith("on"));
        }
        for (Element linked : page.select("link[href], img[src], script[src], a[href], form[action]")) {
            String url = linked.hasAttr("href") ? linked.attr("href")
                    : linked.hasAttr("src") ? linked.attr("src") : linked.attr("action");
            soft.assertThat(url).as("a URL of the page").matches("(/dashboard|/webjars/|#).*");
        }
        soft.assertAll();
    }

    /** Signs in through the real page in Chromium with the keyboard only: Tab, type, Enter. */
    public static void signInWithKeyboard(Browser browser, String baseUrl, User user) {
        browser.open(baseUrl + "/dashboard/sign-in");
        browser.await("#username");
        var keys = new Actions(browser.driver());
        // From the top of the page: the skip link first, then the username.
        focusByTab(browser, "username");
        keys.sendKeys(user.username()).perform();
        keys.sendKeys(Keys.TAB).perform();
        keys.sendKeys(user.password()).perform();
        keys.sendKeys(Keys.ENTER).perform();
    }

    /** The element, or a failure telling where the browser is and what it shows instead. */
    public static WebElement awaitOrTell(Browser browser, String css) {
        try {
            return browser.await(css);
        } catch (TimeoutException e) {
            throw new AssertionError("no " + css + " at " + browser.url() + ": "
                    + browser.driver().findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Presses Tab until the element with this id has the focus (at most 20 times). */
    public static void focusByTab(Browser browser, String id) {
        var keys = new Actions(browser.driver());
        for (int i = 0; i < 20; i++) {
            Object focused = browser.script("return document.activeElement && document.activeElement.id");
            if (id.equals(focused)) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new IllegalStateException("Tab never reached #" + id);
    }
}
