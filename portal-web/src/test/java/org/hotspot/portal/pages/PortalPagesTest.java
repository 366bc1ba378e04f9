package org.hotspot.portal.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.hotspot.testing.WithRouterGateway;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The captive portal's pages through HTTP, as a phone meets them, against the real router-gateway,
 * voucher-service and auth-service: the code form in the customer's language, the organization's
 * brand, the router's reasons, and the refusals a phone may run into.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class PortalPagesTest extends AgainstTheBackends {

    private Tenant tenant;

    @BeforeEach
    void aBrandedRouter() {
        tenant = Tenant.withRouter(auth, vouchers, gateway, "fr");
        tenant.brand(Map.of("displayName", "Café <Wifi>", "primaryColor", "#112233", "termsText",
                "Be kind <script>", "logo", Tenant.LOGO));
    }

    private RequestSpecification entry() {
        return given().queryParams(tenant.routerVariables());
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
        assertThat(page.selectFirst("form.login input[name=link-login-only]").attr("value")).isEqualTo(Tenant.LOGIN);
        assertThat(page.selectFirst("form.login input[name=chap-id]").attr("value"))
                .isEqualTo(Tenant.octal(new byte[] {(byte) Tenant.CHAP_ID}));
        assertThat(page.selectFirst("bdi[dir=ltr]").text()).isEqualTo("AA:BB:CC:DD:EE:42");
        // The brand, escaped, with its logo and colours from portal-web itself.
        assertThat(page.selectFirst(".brand-name").text()).isEqualTo("Café <Wifi>");
        assertThat(page.selectFirst("img.logo").attr("src"))
                .isEqualTo("/portal/brand/" + tenant.organization + "/logo");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .contains("/portal/brand/" + tenant.organization + "/theme.css");
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

        assertThat(persian).startsWith("/portal?").contains("router=" + tenant.routerId())
                .contains("link-login-only=http%3A%2F%2F127.0.0.9%3A8181%2Flogin").contains("chap-id=%5C371")
                .contains("lang=fa").doesNotContain("error=");
        Document inPersian = page(given().urlEncodingEnabled(false).when().get(persian));
        assertThat(inPersian.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(inPersian.selectFirst("form.login input[name=chap-challenge]").attr("value"))
                .isEqualTo(Tenant.octal(Tenant.CHALLENGE));
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

    /** Another host, the router's address with another port, another scheme. */
    @ParameterizedTest
    @ValueSource(strings = {"http://evil.test/login", "http://127.0.0.10:8181/login", "http://127.0.0.9:8182/login",
            "javascript://127.0.0.9:8181/login"})
    void aLoginLinkPointingElsewhereIsRefused(String elsewhere) {
        Response refused = given().queryParam("router", tenant.routerId()).queryParam("link-login-only", elsewhere)
                .queryParam("lang", "en").when().get("/portal");

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = page(refused);
        assertThat(page.selectFirst("#reason").text())
                .isEqualTo("The hotspot's login address is not valid. Join the WiFi again, then open any website.");
        assertThat(page.select("form")).isEmpty();
        // Only inside the portal's own language links, which lead back to this refusal.
        assertThat(page.select("[href*=login]").eachAttr("href")).allMatch(href -> href.startsWith("/portal?"));
    }

    @Test
    void anUnknownOrMissingRouterGetsAPlainPage() {
        Response unknown = given().queryParam("router", "r404").queryParam("link-login-only", Tenant.LOGIN)
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
    void loggedOutPage() {
        Response response = given().queryParam("logged-out", "1").queryParam("router", tenant.routerId())
                .queryParam("lang", "en")
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
        String css =
                given().when().get("/portal/brand/{organization}/theme.css", tenant.organization).then().statusCode(200)
                        .contentType("text/css").header("Cache-Control", "public, max-age=600").extract().asString();
        assertThat(css).contains("--brand-primary: #112233;").doesNotContain("--brand-accent").doesNotContain("body");

        byte[] logo = given().when().get("/portal/brand/{organization}/logo", tenant.organization).then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(logo).isEqualTo(Base64.getDecoder().decode(Tenant.LOGO));
        String unbranded = Tenant.withoutRouter(auth, vouchers, "en").organization;
        given().when().get("/portal/brand/{organization}/logo", unbranded).then().statusCode(404);
    }
}
