package org.hotspot.portal.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.hotspot.testing.WithKafkaAndRedis;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The captive portal's pages through HTTP, as a phone meets them, against stand-ins of the
 * backends' internal endpoints: the code form, the login posted to the router, the reasons, the QR
 * trip and the online page.
 */
@QuarkusTest
@WithKafkaAndRedis
@WithTestResource(StandInBackends.class)
class PortalPagesTest {

    private static final String LOGIN = "http://hotspot.test/login";
    /** RFC 1994 vector of ChapResponseTest, as MikroTik writes its octets. */
    private static final String CHAP_ID = "\\371";
    private static final String CHAP_CHALLENGE = "\\002\\265\\063\\120\\272\\174\\337\\001\\223\\044\\376\\000\\150"
            + "\\210\\046\\377";
    private static final String CHAP_RESPONSE = "e8d3fd2feb169512f8a48eedcce13358";

    private static Map<String, String> routerVariables() {
        return Map.of("router", "r1", "link-login-only", LOGIN, "link-orig", "http://example.com/",
                "link-logout", "http://hotspot.test/logout", "mac", "AA:BB:CC:DD:EE:01", "ip", "10.5.0.20",
                "chap-id", CHAP_ID, "chap-challenge", CHAP_CHALLENGE, "identity", "Lobby");
    }

    private static RequestSpecification entry() {
        return given().queryParams(routerVariables());
    }

    private static Document page(Response response) {
        Document page = PageHtml.parse(response);
        PageHtml.assertSelfContained(page);
        return page;
    }

    @Test
    void entryShowsTheCodeFormInTheBrowsersLanguage() {
        Response response = entry().header("Accept-Language", "ar,en;q=0.5").when().get("/portal");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        Document page = page(response);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        Element code = page.selectFirst("#code");
        assertThat(code.attr("autocapitalize")).isEqualTo("characters");
        assertThat(code.attr("autocomplete")).isEqualTo("off");
        assertThat(code.attr("spellcheck")).isEqualTo("false");
        assertThat(code.attr("inputmode")).isEqualTo("text");
        assertThat(code.hasAttr("pattern")).isFalse();
        assertThat(page.selectFirst("#login").text()).isEqualTo("اتصال");
        assertThat(page.select("#reason")).isEmpty();
        assertThat(page.selectFirst("form.login input[name=link-login-only]").attr("value")).isEqualTo(LOGIN);
        assertThat(page.selectFirst("form.login input[name=chap-id]").attr("value")).isEqualTo(CHAP_ID);
        assertThat(page.selectFirst("bdi[dir=ltr]").text()).isEqualTo("AA:BB:CC:DD:EE:01");
        // The brand, escaped, with its logo and colours from portal-web itself.
        assertThat(page.selectFirst(".brand-name").text()).isEqualTo("Café <Wifi>");
        assertThat(page.selectFirst("img.logo").attr("src")).isEqualTo("/portal/brand/org1/logo");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).contains("/portal/brand/org1/theme.css");
        assertThat(page.selectFirst(".terms p").text()).isEqualTo("Be kind <script>");
        assertThat(response.asString()).doesNotContain("<script>").doesNotContain("<Wifi>");
    }

    @Test
    void languageFromTheLinkThenTheBrowserThenTheOrganization() {
        assertThat(page(entry().when().get("/portal")).selectFirst("html").attr("lang")).as("organization's")
                .isEqualTo("fr");
        assertThat(page(entry().queryParam("lang", "ru").header("Accept-Language", "ar").when().get("/portal"))
                .selectFirst("html").attr("lang")).as("the link's").isEqualTo("ru");
    }

    @Test
    void languageLinksKeepTheRoutersVariables() {
        Document page = page(entry().queryParam("error", "x [exhausted]").when().get("/portal"));
        String persian = page.selectFirst(".languages a[lang=fa]").attr("href");

        assertThat(persian).startsWith("/portal?").contains("router=r1")
                .contains("link-login-only=http%3A%2F%2Fhotspot.test%2Flogin").contains("chap-id=%5C371")
                .contains("lang=fa").doesNotContain("error=");
        Document inPersian = page(given().urlEncodingEnabled(false).when().get(persian));
        assertThat(inPersian.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(inPersian.selectFirst("form.login input[name=chap-challenge]").attr("value"))
                .isEqualTo(CHAP_CHALLENGE);
    }

    @Test
    void routersReasonIsShownTranslated() {
        Document page = page(entry().queryParam("lang", "en")
                .queryParam("error", "This voucher has no time or data left. [exhausted]").when().get("/portal"));

        Element reason = page.selectFirst("#reason");
        assertThat(reason.attr("role")).isEqualTo("alert");
        assertThat(reason.text()).isEqualTo("This voucher has no time or data left.");
        Document arabic = page(entry().queryParam("lang", "ar").queryParam("error", "Revoked. [revoked]")
                .when().get("/portal"));
        assertThat(arabic.selectFirst("#reason").text()).isEqualTo("تم إلغاء هذه القسيمة.");
    }

    @Test
    void anErrorWithoutOurCodeIsAPlainFailureNeverEchoed() {
        Response response = entry().queryParam("lang", "en")
                .queryParam("error", "<img src=x onerror=alert(1)>invalid username or password").when().get("/portal");
        Document page = page(response);

        assertThat(page.selectFirst("#reason").text()).isEqualTo("The login did not succeed. Try again.");
        assertThat(response.asString()).doesNotContain("onerror").doesNotContain("invalid username");
    }

    @Test
    void aLoginLinkPointingElsewhereIsRefused() {
        Response refused = given().queryParam("router", "r1").queryParam("link-login-only", "http://evil.test/login")
                .queryParam("lang", "en").when().get("/portal");

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = page(refused);
        assertThat(page.selectFirst("#reason").text())
                .isEqualTo("The hotspot's login address is not valid. Join the WiFi again, then open any website.");
        assertThat(page.select("form")).isEmpty();
        // Only inside the portal's own language links, which lead back to this refusal.
        assertThat(page.select("[href*=evil.test]").eachAttr("href")).allMatch(href -> href.startsWith("/portal?"));
    }

    @Test
    void anUnknownOrMissingRouterGetsAPlainPage() {
        Response unknown = given().queryParam("router", "r404").queryParam("link-login-only", LOGIN)
                .queryParam("lang", "fr").when().get("/portal");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(page(unknown).selectFirst("#reason").text()).startsWith("Ce hotspot n’est pas connu ici.");

        Response none = given().header("Accept-Language", "ru").when().get("/portal");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(page(none).selectFirst("#reason").text()).startsWith("Откройте эту страницу через хотспот");

        Response traversal = given().queryParam("router", "../admin").when().get("/portal");
        assertThat(traversal.statusCode()).isEqualTo(400);
    }

    @Test
    void loginPostsChapToTheRouterTopLevel() {
        Response response = given().formParams(routerVariables()).formParam("code", " abcd 2345 ")
                .formParam("lang", "en").when().post("/portal/login");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = page(response);

        Element form = page.selectFirst("form#router-login");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo(LOGIN);
        assertThat(form.selectFirst("input[name=username]").attr("value")).isEqualTo("ABCD2345");
        assertThat(form.selectFirst("input[name=password]").attr("value")).isEqualTo(CHAP_RESPONSE);
        assertThat(form.selectFirst("input[name=dst]").attr("value"))
                .isEqualTo("http://portal.test:8080/portal/online?t=st-1&router=r1&lang=en");
        assertThat(form.selectFirst("input[name=popup]").attr("value")).isEqualTo("false");
        assertThat(page.selectFirst("#continue").attr("type")).isEqualTo("submit");
        assertThat(page.selectFirst("script").attr("src")).isEqualTo("/portal/assets/submit.js");
        assertThat(StandInBackends.LAST_PRECHECK.get()).contains("\"mac\":\"AA:BB:CC:DD:EE:01\"")
                .contains("\"clientAddress\":\"127.0.0.1\"").contains("\"organizationId\":\"org1\"");
    }

    @Test
    void withoutChapTheRouterAllowsPapAndGetsTheCode() {
        Response response = given().formParam("router", "r1").formParam("link-login-only", LOGIN)
                .formParam("code", "ABCD-2345").when().post("/portal/login");

        Element form = page(response).selectFirst("form#router-login");
        assertThat(form.selectFirst("input[name=password]").attr("value")).isEqualTo("ABCD2345");
    }

    @Test
    void aRejectedCodeShowsItsReasonOnTheForm() {
        Response response = given().formParams(routerVariables()).formParam("code", "exhaust1")
                .formParam("lang", "en").when().post("/portal/login");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = page(response);
        assertThat(page.selectFirst("#reason").text()).isEqualTo("This voucher has no time or data left.");
        assertThat(page.select("form#router-login")).isEmpty();
        assertThat(page.selectFirst("form.login input[name=router]").attr("value")).isEqualTo("r1");
    }

    @Test
    void tooManyAttemptsAndAnEmptyCodeAreSaid() {
        Response many = given().formParams(routerVariables()).formParam("code", "many-many")
                .formParam("lang", "en").when().post("/portal/login");
        assertThat(many.statusCode()).isEqualTo(429);
        assertThat(many.header("Retry-After")).isEqualTo("60");
        assertThat(page(many).selectFirst("#reason").text()).startsWith("Too many attempts from this device.");

        Response empty = given().formParams(routerVariables()).formParam("code", " - ")
                .formParam("lang", "en").when().post("/portal/login");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(page(empty).selectFirst("#reason").text()).isEqualTo("Enter the code on your card.");
    }

    @Test
    void onlinePageShowsWhatIsLeftAndTheRoutersLogout() {
        Response response = given().queryParam("t", "st-1").queryParam("router", "r1").queryParam("lang", "en")
                .when().get("/portal/online");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = page(response);

        assertThat(page.select("#online")).hasSize(1);
        assertThat(page.selectFirst("#time-left").text()).isEqualTo("2 hours, 5 minutes");
        assertThat(page.selectFirst("#data-left").text()).isEqualTo("Unlimited");
        assertThat(page.selectFirst("#valid-until").text()).contains("2026").contains("23:00");
        Element logout = page.selectFirst("form.logout");
        assertThat(logout.attr("action")).isEqualTo("http://hotspot.test/logout");
        assertThat(logout.selectFirst("input[name=erase-cookie]").attr("value")).isEqualTo("on");
    }

    @Test
    void aStatusTokenThatIsNotOneGetsAPlainPage() {
        Response forged = given().queryParam("t", "st-2").queryParam("lang", "en").when().get("/portal/status");
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(page(forged).selectFirst("#reason").text()).startsWith("This link has expired");

        assertThat(given().queryParam("t", "a/b").when().get("/portal/status").statusCode()).isEqualTo(404);
        assertThat(given().when().get("/portal/online").statusCode()).isEqualTo(404);
    }

    @Test
    void aQrCodeGoesThroughTheRoutersLoginAndComesBackWithoutTyping() {
        Response landing = given().redirects().follow(false).queryParam("v", "v1.good").when().get("/portal");
        assertThat(landing.statusCode()).isEqualTo(303);
        // The router whose address the phone comes from, not the first one.
        assertThat(landing.header("Location"))
                .isEqualTo("http://hotspot.test/login?dst=http%3A%2F%2Fportal.test%3A8080%2Fportal%3Fv%3Dv1.good");

        Response back = given().queryParam("router", "r1").queryParam("link-login-only", LOGIN)
                .queryParam("link-orig", "http://portal.test:8080/portal?v=v1.good").queryParam("lang", "en")
                .when().get("/portal");
        Element form = page(back).selectFirst("form#router-login");
        assertThat(form.selectFirst("input[name=username]").attr("value")).isEqualTo("ABCD2345");
        assertThat(form.selectFirst("input[name=password]").attr("value")).isEqualTo("ABCD2345");
    }

    @Test
    void anotherOrganizationsCardLogsInNowhere() {
        Response back = given().queryParam("router", "r1").queryParam("link-login-only", LOGIN)
                .queryParam("link-orig", "http://portal.test:8080/portal?v=v2.other").queryParam("lang", "en")
                .when().get("/portal");

        Document page = page(back);
        assertThat(page.select("form#router-login")).isEmpty();
        assertThat(page.selectFirst("#reason").text()).isEqualTo("This code is not valid. Check it and try again.");
    }

    @Test
    void aRevokedOrForgedQrCodeSaysSo() {
        Response revoked = given().queryParam("v", "v4.revoked").queryParam("lang", "en").when().get("/portal");
        assertThat(revoked.statusCode()).isEqualTo(410);
        assertThat(page(revoked).selectFirst("#reason").text())
                .isEqualTo("This voucher has been cancelled and can no longer be used.");

        Response forged = given().queryParam("v", "v5.forged").queryParam("lang", "en").when().get("/portal");
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(page(forged).selectFirst("#reason").text()).isEqualTo("This QR code is not valid.");

        Response lonely = given().queryParam("v", "v3.lonely").queryParam("lang", "en").when().get("/portal");
        assertThat(lonely.statusCode()).isEqualTo(200);
        assertThat(page(lonely).selectFirst("#reason").text()).startsWith("Join the hotspot's WiFi first");
    }

    @Test
    void loggedOutPage() {
        Response response = given().queryParam("logged-out", "1").queryParam("router", "r1").queryParam("lang", "en")
                .when().get("/portal");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page(response).selectFirst("#reason").text()).startsWith("You are logged out.");
    }

    /** Issue 20's budget: the login page with everything it loads, at most 30 KB compressed. */
    @Test
    void loginPageWithEverythingItLoadsIsUnderBudget() throws IOException {
        Response login = entry().when().get("/portal");
        Document page = page(login);
        long total = gzipped(login.asByteArray());
        for (Element linked : page.select("link[rel=stylesheet][href], img[src], script[src]")) {
            String url = linked.hasAttr("href") ? linked.attr("href") : linked.attr("src");
            total += gzipped(given().when().get(url).then().statusCode(200).extract().asByteArray());
        }

        assertThat(total).as("compressed bytes").isLessThan(30 * 1024);
    }

    private static long gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }

    @Test
    void brandThemeHoldsOnlyColoursAndTheLogoIsServedHere() {
        String css = given().when().get("/portal/brand/org1/theme.css").then().statusCode(200)
                .contentType("text/css").header("Cache-Control", "public, max-age=600").extract().asString();
        assertThat(css).contains("--brand-primary: #112233;").doesNotContain("--brand-accent").doesNotContain("body");

        given().when().get("/portal/brand/org1/logo").then().statusCode(200).contentType("image/png");
        given().when().get("/portal/brand/org2/logo").then().statusCode(404);
    }
}
