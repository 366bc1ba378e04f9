package org.hotspot.portal.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.hotspot.testing.WithKafkaAndRedis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What every answer of the public port carries, and the assets every page loads. */
@QuarkusTest
@WithKafkaAndRedis
@WithTestResource(StandInBackends.class)
class PortalEdgesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/portal", "/portal?router=r1&link-login-only=http://hotspot.test/login",
            "/portal/assets/portal.css", "/portal/assets/submit.js", "/portal/brand/org1/theme.css", "/nothing-here"})
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
}
