package org.hotspot.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hotspot.events.Topics;
import org.hotspot.session.Hotspot.Device;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.InjectRouterGateway;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.Topic;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithRouterGateway;
import org.hotspot.testing.radius.NasRequest;
import org.junit.jupiter.api.Test;

/**
 * An operator's Disconnect of a live session: through radclient as the router and the real
 * router-gateway, the command goes on {@code router-commands}, is audited, and a
 * Disconnect-Request naming the session reaches the router; viewers, other organizations and
 * resellers who did not sell the voucher cannot, and a closed session is a 409. Also the listing's
 * router and time filters the dashboard's sessions page uses.
 */
@QuarkusTest
@WithRouterGateway
class OperatorDisconnectTest {

    private static final Duration SEEN = Duration.ofSeconds(30);

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @InjectRouterGateway
    RouterGateway gateway;

    @InjectKafka
    String kafka;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static List<String> active(String token) {
        return as(token).queryParam("active", true).when().get("/api/sessions").then().statusCode(200)
                .extract().path("sessions.id");
    }

    @Test
    void anOperatorDisconnectsALiveSessionAndTheRouterIsAsked() {
        String organization = auth.newOrganization();
        String admin = auth.tokenFor(organization, "ORG_ADMIN");
        String operator = auth.tokenFor(organization, "OPERATOR");
        String code = vouchers.codes(admin,
                vouchers.newBatch(admin, vouchers.newProfile(admin, Map.of("timeQuotaSeconds", 3_600)), 1)).get(0);

        try (Hotspot hotspot = new Hotspot(gateway, admin, "site-a")) {
            Device device = hotspot.online(code);
            assertThat(hotspot.start(device).code()).isEqualTo("Accounting-Response");
            String sessionId = hotspot.routerId() + ":" + device.sessionId();
            await("the session open").atMost(SEEN).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> assertThat(active(operator)).containsExactly(sessionId));

            assertFilters(operator, hotspot.routerId(), sessionId);

            String path = "/api/sessions/" + sessionId + "/disconnect";
            as(auth.tokenFor(organization, "VIEWER")).when().post(path).then().statusCode(403);
            as(auth.tokenFor(auth.newOrganization(), "ORG_ADMIN")).when().post(path).then().statusCode(404)
                    .contentType("application/problem+json");
            as(auth.newOperator(organization, "RESELLER").accessToken()).when().post(path).then().statusCode(404);
            as(operator).when().post("/api/sessions/" + hotspot.routerId() + ":nope/disconnect").then()
                    .statusCode(404);
            assertThat(hotspot.nas().requests()).as("nobody allowed has asked yet").isEmpty();

            String commandId = as(operator).when().post(path).then().statusCode(202)
                    .extract().path("commandId");

            List<String> commands = Topic.await(kafka, Topics.ROUTER_COMMANDS, value -> value.contains(commandId),
                    found -> !found.isEmpty(), SEEN);
            assertThat(commands).singleElement().satisfies(command -> assertThat(command)
                    .contains("\"reason\":\"operator\"", device.sessionId(), hotspot.routerId()));
            List<NasRequest> received = hotspot.nas().awaitRequests(1, SEEN);
            assertThat(received).singleElement().satisfies(request -> {
                assertThat(request.code()).isEqualTo(NasRequest.DISCONNECT_REQUEST);
                assertThat(request.acctSessionId()).isEqualTo(device.sessionId());
                assertThat(request.userName()).isEqualTo(device.userName());
            });
            List<String> audited = Topic.await(kafka, "audit-events-session-service",
                    value -> value.contains("SESSION_DISCONNECTED") && value.contains(sessionId),
                    found -> !found.isEmpty(), SEEN);
            assertThat(audited).singleElement().satisfies(entry -> assertThat(entry).contains(commandId));

            assertThat(hotspot.stop(device, 1_000, 2_000, 30, "Admin-Reset").code()).isEqualTo("Accounting-Response");
            await("the session closed").atMost(SEEN).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> assertThat(active(operator)).isEmpty());
            as(operator).when().post(path).then().statusCode(409)
                    .contentType("application/problem+json");
        }
    }

    /** The dashboard's filters: one router's sessions, those started in a time window; a bad time is a 400. */
    private static void assertFilters(String token, String routerId, String sessionId) {
        String hourAgo = Instant.now().minus(Duration.ofHours(1)).toString();
        String inAnHour = Instant.now().plus(Duration.ofHours(1)).toString();
        for (boolean active : List.of(true, false)) {
            assertThat(ids(token, active, Map.of("router", routerId, "from", hourAgo, "to", inAnHour)))
                    .containsExactly(sessionId);
            assertThat(ids(token, active, Map.of("router", "another-router"))).isEmpty();
            assertThat(ids(token, active, Map.of("from", inAnHour))).isEmpty();
            assertThat(ids(token, active, Map.of("to", hourAgo))).isEmpty();
        }
        as(token).queryParam("from", "yesterday").when().get("/api/sessions").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static List<String> ids(String token, boolean active, Map<String, String> filters) {
        return as(token).queryParam("active", active).queryParams(filters).when().get("/api/sessions").then()
                .statusCode(200).extract().path("sessions.id");
    }
}
