package org.hotspot.portal.dashboard.signin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.hotspot.infra.Ports;
import org.hotspot.testing.KafkaTestResource;
import org.hotspot.testing.Management;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * With Redis unreachable, a dashboard page answers the sign-in page saying "try again" (503) in the
 * user's language, never a 500 and never a sign-out; the captive portal stays ready, since it does
 * not need Redis.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@TestProfile(RedisDownTest.NoRedis.class)
class RedisDownTest {

    /** Redis at a port nothing listens on. */
    public static class NoRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + Ports.free());
        }
    }

    @Test
    void aPageSaysTryAgainAndThePortalStaysReady() {
        Response page = given().redirects().follow(false).cookie("__Host-hotspot", "a".repeat(43))
                .header("Accept-Language", "fa").when().get("/dashboard");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.header("Retry-After")).isNotBlank();
        Document html = Jsoup.parse(page.asString());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(html.selectFirst("[role=alert]").text()).contains("در دسترس نیست");
        assertThat(html.selectFirst("form.sign-in")).isNotNull();

        Response api = given().cookie("__Host-hotspot", "a".repeat(43)).when().get("/api/profiles");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.contentType()).startsWith("application/problem+json");

        Management.given().when().get("/q/health/ready").then().statusCode(200);
    }
}
