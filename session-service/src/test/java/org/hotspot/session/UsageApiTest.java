package org.hotspot.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hotspot.session.usage.UsageSeries;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/usage} and {@code GET /api/usage/latest} as an operator's script calls them:
 * grouped, filtered by key, latest values, only the caller's organization, and problems for what
 * cannot be answered.
 */
@QuarkusTest
@WithAuthService
class UsageApiTest {

    @InjectAuthService
    AuthService auth;

    @Inject
    UsageSeries series;

    private String organization;
    private String viewer;
    private Instant earlier;
    private Instant later;

    /** Two routers' sessions: router-a two hours ago and an hour ago, router-b two hours ago. */
    @BeforeEach
    void usageOfTwoRouters() {
        organization = auth.newOrganization();
        viewer = auth.tokenFor(organization, "VIEWER");
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        earlier = hour.minus(Duration.ofHours(2));
        later = hour.minus(Duration.ofHours(1));
        String a = "router-a:" + UUID.randomUUID();
        String b = "router-b:" + UUID.randomUUID();
        record(a, 1, "voucher-a", "router-a", earlier.plusSeconds(60), 100);
        record(a, 2, "voucher-a", "router-a", earlier.plusSeconds(120), 50);
        record(a, 3, "voucher-a", "router-a", later.plusSeconds(60), 7);
        record(b, 1, "voucher-b", "router-b", earlier.plusSeconds(300), 1000);
    }

    @Test
    void usageByRouterHourByHour() {
        JsonPath report = as(viewer).queryParam("from", earlier.toString()).queryParam("to", Instant.now().toString())
                .queryParam("groupBy", "router").when().get("/api/usage")
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getString("interval")).isEqualTo("hour");
        assertThat(report.getString("groupBy")).isEqualTo("router");
        assertThat(report.getList("series.key")).containsExactly("router-a", "router-b");
        assertThat(report.getList("series[0].points.at")).containsExactly(earlier.toString(), later.toString());
        assertThat(report.getList("series[0].points.bytesIn", Long.class)).containsExactly(150L, 7L);
        assertThat(report.getList("series[0].points.bytesOut", Long.class)).containsExactly(300L, 14L);
        assertThat(report.getList("series[0].points.seconds", Long.class)).containsExactly(2L, 1L);
        assertThat(report.getList("series[1].points.bytesIn", Long.class)).containsExactly(1000L);
    }

    @Test
    void oneKeyByDayAndTheOrganizationByDefault() {
        JsonPath oneRouter = as(viewer).queryParam("interval", "day").queryParam("groupBy", "router")
                .queryParam("key", "router-b").when().get("/api/usage")
                .then().statusCode(200).extract().jsonPath();
        assertThat(oneRouter.getList("series.key")).containsExactly("router-b");
        assertThat(oneRouter.getList("series[0].points.bytesIn", Long.class)).containsExactly(1000L);

        JsonPath whole = as(viewer).when().get("/api/usage").then().statusCode(200).extract().jsonPath();
        assertThat(whole.getString("groupBy")).isEqualTo("organization");
        assertThat(whole.getList("series.key")).containsExactly(organization);
        assertThat(whole.getList("series[0].points.bytesIn", Long.class)).containsExactly(1150L, 7L);
    }

    @Test
    void latestBucketOfEachKey() {
        JsonPath latest = as(viewer).queryParam("groupBy", "voucher").when().get("/api/usage/latest")
                .then().statusCode(200).extract().jsonPath();

        assertThat(latest.getList("latest.key")).containsExactly("voucher-a", "voucher-b");
        assertThat(latest.getList("latest.at")).containsExactly(later.toString(), earlier.toString());
        assertThat(latest.getList("latest.bytesIn", Long.class)).containsExactly(7L, 1000L);

        JsonPath one = as(viewer).queryParam("groupBy", "router").queryParam("key", "router-a")
                .queryParam("interval", "day").when().get("/api/usage/latest")
                .then().statusCode(200).extract().jsonPath();
        assertThat(one.getList("latest.key")).containsExactly("router-a");
    }

    @Test
    void anotherOrganizationSeesNothingOfIt() {
        String stranger = auth.tokenFor(auth.newOrganization(), "ORG_ADMIN");
        for (String groupBy : List.of("organization", "voucher", "profile", "router", "site")) {
            as(stranger).queryParam("groupBy", groupBy).queryParam("from", earlier.toString())
                    .when().get("/api/usage")
                    .then().statusCode(200).body("series.size()", equalTo(0));
            as(stranger).queryParam("groupBy", groupBy).when().get("/api/usage/latest")
                    .then().statusCode(200).body("latest.size()", equalTo(0));
        }
        as(stranger).queryParam("groupBy", "organization").queryParam("key", organization)
                .when().get("/api/usage")
                .then().statusCode(200).body("series.size()", equalTo(0));
    }

    @Test
    void badQueriesAreProblems() {
        Instant now = Instant.now();
        List<Map<String, String>> bad = List.of(
                Map.of("from", now.toString(), "to", now.minus(Duration.ofHours(1)).toString()),
                Map.of("from", now.toString(), "to", now.toString()),
                Map.of("from", now.minus(Duration.ofDays(32)).toString(), "to", now.toString()),
                Map.of("interval", "day", "from", now.minus(Duration.ofDays(367)).toString()),
                Map.of("interval", "minute"),
                Map.of("groupBy", "mac"),
                Map.of("from", "yesterday"),
                Map.of("to", "2025-13-01"));
        for (Map<String, String> query : bad) {
            as(viewer).queryParams(query).when().get("/api/usage")
                    .then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("/problems/validation"))
                    .body("status", equalTo(400));
        }
        as(viewer).queryParam("groupBy", "mac").when().get("/api/usage/latest")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        as(viewer).queryParam("since", "soon").when().get("/api/usage/latest")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aTokenIsRequired() {
        for (String path : List.of("/api/usage", "/api/usage/latest")) {
            given().when().get(path)
                    .then().statusCode(401)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("/problems/unauthorized"));
        }
        given().auth().oauth2("not-a-token").when().get("/api/usage").then().statusCode(401);
    }

    private void record(String sessionKey, long sequence, String voucher, String router, Instant at, long bytesIn) {
        series.record(new UsageDelta(UUID.randomUUID().toString(), sessionKey, sequence, organization, voucher,
                "profile-1", router, "Main Street", at, bytesIn, 2 * bytesIn, 1,
                new UsageDelta.Place("test-" + sessionKey, sequence)))
                .await().atMost(Duration.ofSeconds(10));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
