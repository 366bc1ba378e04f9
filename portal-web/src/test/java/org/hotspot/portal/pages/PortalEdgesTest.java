package org.hotspot.portal.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import org.hotspot.testing.WithRouterGateway;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every answer of the public port carries, the assets every page loads, and the page a phone
 * gets for a request no portal page answers.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class PortalEdgesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/portal", "/portal?router=r1&link-login-only=http://127.0.0.9:8181/login",
            "/portal/assets/portal.css", "/portal/assets/submit.js", "/portal/brand/org1/theme.css", "/nothing-here",
            "/portal/nothing-here"})
    void securityHeadersOnEveryAnswer(String path) {
        Response response = given().urlEncodingEnabled(false).when().get(path);

        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'")
                .contains("script-src 'self'").contains("style-src 'self'").contains("img-src 'self' data:")
                .contains("form-action *").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @ParameterizedTest
    @CsvSource({"/portal/assets/portal.css, text/css", "/portal/assets/submit.js, javascript"})
    void assetsAreServedHere(String path, String type) {
        Response response = given().when().get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).contains(type);
        assertThat(response.asString()).doesNotContainPattern("https?://").doesNotContain("@import")
                .doesNotContain("url(");
    }

    /** The stylesheet mirrors for right-to-left by logical properties alone. */
    @ParameterizedTest
    @ValueSource(strings = {"margin-left", "margin-right", "padding-left", "padding-right", "text-align: left",
            "text-align: right", "float:", "left:", "right:", "border-left", "border-right"})
    void stylesheetHasNoPhysicalDirection(String physical) {
        assertThat(given().when().get("/portal/assets/portal.css").asString()).doesNotContain(physical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/portal/login"})
    void aLoginWithoutARouterIsAPageNotAnError(String path) {
        Response response = given().formParam("code", "ABCD2345").header("Accept-Language", "fa").when().post(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(PageHtml.parse(response).selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(List.of(response.asString())).noneMatch(body -> body.contains("Exception"));
    }

    /** A path the portal does not have: a page in the customer's language, not a problem document. */
    @Test
    void anUnknownPathIsAPageInTheCustomersLanguage() {
        Response response = given().header("Accept-Language", "ar").when().get("/portal/nothing-here");

        assertRefusalPage(response, 404, "ar");
        assertThat(PageHtml.parse(response).selectFirst("#reason").text()).startsWith("هذه الصفحة غير موجودة.");
    }

    /** A login that is not a form post (a script, a broken client): a page, status kept. */
    @Test
    void aLoginThatIsNotAFormIsAPage() {
        Response response = given().contentType("application/json").body("{\"code\":\"ABCD2345\"}")
                .queryParam("lang", "ru").when().post("/portal/login");

        assertRefusalPage(response, 415, "ru");
        assertThat(PageHtml.parse(response).selectFirst("#reason").text())
                .startsWith("Не удалось прочитать этот запрос.");
    }

    /** The login reloaded, or its address opened by hand: GET where only POST is taken. */
    @Test
    void theLoginOpenedAsALinkIsAPage() {
        Response response = given().queryParam("lang", "fr").when().get("/portal/login");

        assertRefusalPage(response, 405, "fr");
    }

    /** Outside the portal's pages the answer stays the problem document every service gives. */
    @Test
    void outsideThePortalAnUnknownPathStaysAProblem() {
        Response response = given().when().get("/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static void assertRefusalPage(Response response, int status, String lang) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("text/html");
        Document page = PageHtml.parse(response);
        PageHtml.assertSelfContained(page);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(page.selectFirst("#reason").attr("role")).isEqualTo("alert");
        assertThat(response.asString()).doesNotContain("problem").doesNotContain("Exception");
    }
}
