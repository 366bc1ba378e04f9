package org.hotspot.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hotspot.session.Hotspot.Device;
import org.hotspot.session.service.StaleSweep;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectRouterGateway;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithRouterGateway;
import org.junit.jupiter.api.Test;

/**
 * A lost Stop: the session goes silent and the sweep, run as it would a quarter of an hour later
 * (three interim intervals of five minutes), closes it as stale; its device's place on a one-device
 * voucher is free again.
 */
@QuarkusTest
@WithRouterGateway
class StaleSessionTest {

    @Inject
    StaleSweep sweep;

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @InjectRouterGateway
    RouterGateway gateway;

    @Test
    void aSessionWhoseStopWasLostIsClosedAsStaleAndFreesItsDevicePlace() {
        String organization = auth.newOrganization();
        String operator = auth.tokenFor(organization, "OPERATOR");
        String code = vouchers.codes(operator, vouchers.newBatch(operator,
                vouchers.newProfile(operator, Map.of("sharedUsers", 1)), 1)).get(0);
        String voucherId = (String) vouchers.voucher(operator, code).get("id");
        try (Hotspot hotspot = new Hotspot(gateway, auth.tokenFor(organization, "ORG_ADMIN"), "site-a")) {
            Device device = hotspot.online(code);
            hotspot.start(device);
            hotspot.interim(device, 100, 200, 5);
            assertThat(hotspot.login(code, Hotspot.mac(), Hotspot.sessionId()).value("Reply-Message"))
                    .as("the one place is taken")
                    .isEqualTo("This voucher is already in use on the maximum number of devices. [device-limit]");

            sweep.sweep(Instant.now().plus(Duration.ofMinutes(14))).await().atMost(Duration.ofSeconds(10));
            assertThat(given().auth().oauth2(operator).queryParam("voucherId", voucherId).when().get("/api/sessions")
                    .then().statusCode(200).extract().<String>path("sessions[0].state"))
                    .as("not stale after 14 minutes").isEqualTo("OPEN");

            sweep.sweep(Instant.now().plus(Duration.ofMinutes(16))).await().atMost(Duration.ofSeconds(10));

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                List<Map<String, Object>> sessions = given().auth().oauth2(operator).queryParam("voucherId", voucherId)
                        .when().get("/api/sessions").then().statusCode(200).extract().path("sessions");
                assertThat(sessions).singleElement().satisfies(session -> {
                    assertThat(session).containsEntry("state", "CLOSED").containsEntry("stopCause", "Stale");
                    assertThat(((Number) session.get("bytesOut")).longValue()).isEqualTo(200);
                });
            });
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(hotspot.login(code, Hotspot.mac(), Hotspot.sessionId()).code())
                            .as("another device may use the voucher now").isEqualTo("Access-Accept"));
        }
    }
}
