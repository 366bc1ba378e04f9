package org.hotspot.portal.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.hotspot.infra.Ports;
import org.hotspot.testing.WithKafkaAndRedis;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** With every backend unreachable, each page says "try again" in the customer's language: 503, never a 500. */
@QuarkusTest
@WithKafkaAndRedis
@TestProfile(BackendsDownTest.Unreachable.class)
class BackendsDownTest {

    /** The backends' addresses point at a port nothing listens on. */
    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String nowhere = "http://127.0.0.1:" + Ports.free();
            return Map.of("hotspot.router-gateway-url", nowhere, "hotspot.voucher-service-url", nowhere,
                    "hotspot.service-token", "backends-down-test-token-0123456789", "hotspot.portal.call-timeout",
                    "PT1S");
        }
    }

    @Test
    void routerEntry() {
        assertTryAgain(given().queryParam("router", "r1").queryParam("link-login-only", "http://hotspot.test/login")
                .header("Accept-Language", "ar").when().get("/portal"), "ar");
    }

    @Test
    void loginPost() {
        assertTryAgain(given().formParam("router", "r1").formParam("link-login-only", "http://hotspot.test/login")
                .formParam("code", "ABCD2345").formParam("lang", "ru").when().post("/portal/login"), "ru");
    }

    @Test
    void qrLanding() {
        assertTryAgain(given().queryParam("v", "v1.good").queryParam("lang", "fr").when().get("/portal"), "fr");
    }

    @Test
    void onlinePage() {
        assertTryAgain(given().queryParam("t", "st-1").queryParam("lang", "en").when().get("/portal/online"), "en");
    }

    @Test
    void loggedOutNeedsNoBackend() {
        Response response = given().queryParam("logged-out", "1").queryParam("router", "r1").when().get("/portal");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static void assertTryAgain(Response response, String lang) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("text/html");
        Document page = PageHtml.parse(response);
        PageHtml.assertSelfContained(page);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(page.selectFirst("#reason").attr("role")).isEqualTo("alert");
        assertThat(page.selectFirst("#reason").text()).isNotBlank();
    }
}
