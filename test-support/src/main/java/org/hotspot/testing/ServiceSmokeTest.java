package org.hotspot.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.redis.datasource.RedisDataSource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hotspot.events.Event;
import org.junit.jupiter.api.Test;

/**
 * The smoke checks every service passes, booted against the shared real servers: readiness with a
 * check per server it uses, an event through the real broker, Redis, and the common HTTP contract
 * (problem+json, OpenAPI, metrics). A service's test class extends this and names its checks.
 */
public abstract class ServiceSmokeTest {

    @Inject
    SmokeChannels kafka;

    @Inject
    RedisDataSource redis;

    /** Substrings of the readiness check names this service must report UP, one per server it uses. */
    protected abstract List<String> expectedReadinessChecks();

    @Test
    void readinessIsUpWithACheckPerServerItUses() {
        JsonPath health = Management.given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", is("UP"))
                .extract().jsonPath();
        List<String> names = health.getList("checks.name");
        List<String> states = health.getList("checks.status");
        for (String expected : expectedReadinessChecks()) {
            assertThat(names).as("readiness checks")
                    .anySatisfy(name -> assertThat(name).containsIgnoringCase(expected));
        }
        assertThat(states).allMatch("UP"::equals);
    }

    @Test
    void livenessIsUp() {
        Management.given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void anEventMakesARoundTripThroughTheRealBroker() throws Exception {
        Event<SmokeChannels.Ping> sent = kafka.newPing("org-smoke");

        kafka.publish(sent).toCompletableFuture().get(30, TimeUnit.SECONDS);
        Event<SmokeChannels.Ping> received = kafka.awaitReceived(sent.id(), Duration.ofSeconds(60));

        assertThat(received).as("event consumed back from the broker").isEqualTo(sent);
    }

    @Test
    void redisWritesAndReads() {
        String key = "smoke:" + UUID.randomUUID();
        redis.value(String.class).setex(key, 60, "written");

        assertThat(redis.value(String.class).get(key)).isEqualTo("written");
        assertThat(redis.key().ttl(key)).isBetween(1L, 60L);
    }

    @Test
    void anUnknownPathIsAProblemWithARequestIdAndNoStackTrace() {
        given().header("X-Request-Id", "smoke-42").when().get("/api/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", "smoke-42")
                .body("type", is("/problems/not-found"))
                .body("status", is(404))
                .body("requestId", is("smoke-42"))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void openApiAndPrometheusMetricsAreServed() {
        Management.given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).body("openapi", notNullValue());
        Management.given().when().get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void healthMetricsAndOpenApiAreNotOnThePublicPort() {
        for (String path : List.of("/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi")) {
            int status = given().when().get(path).then().extract().statusCode();
            assertThat(status).as("%s on the public port", path).isEqualTo(404);
        }
    }
}
