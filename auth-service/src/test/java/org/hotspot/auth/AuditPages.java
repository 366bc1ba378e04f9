package org.hotspot.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;

/** {@code GET /api/audit} as the tests call it. */
final class AuditPages {

    /** How long an event may take from the broker to the API; the first one waits for the group to join. */
    static final Duration ARRIVAL = Duration.ofSeconds(60);

    private AuditPages() {
    }

    /** The page the query parameters ask for; fails unless it is a 200. */
    static JsonPath get(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query)
                .when().get("/api/audit")
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }

    /** Waits until the caller's organization has {@code total} records, then its first page. */
    static JsonPath awaitTotal(String token, int total) {
        await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(get(token, Map.of()).getLong("total")).isEqualTo(total));
        return get(token, Map.of());
    }
}
