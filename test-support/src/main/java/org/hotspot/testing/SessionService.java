package org.hotspot.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

/**
 * The real session-service, running for a test: its sessions read through its public API with an
 * operator's token, as the dashboard reads them.
 *
 * @param url           its base URL
 * @param managementUrl its management interface (health, metrics), apart from the public port
 */
public record SessionService(String url, String managementUrl) {

    private static final Duration SEEN = Duration.ofSeconds(30);

    /** The ids of the organization's open sessions ({@code GET /api/sessions?active=true}), newest first. */
    public List<String> activeSessionIds(String token) {
        return given().baseUri(url).auth().oauth2(token).queryParam("active", true)
                .when().get("/api/sessions")
                .then().statusCode(200)
                .extract().path("sessions.id");
    }

    /**
     * Waits until the session with this id is open: a router's Start travels through router-gateway
     * and the broker before session-service has it. Its id is {@code routerId:Acct-Session-Id}.
     */
    public void awaitOpen(String token, String sessionId) {
        await("session " + sessionId + " open").atMost(SEEN).pollInterval(Duration.ofMillis(250))
                .until(() -> activeSessionIds(token).contains(sessionId));
    }
}
