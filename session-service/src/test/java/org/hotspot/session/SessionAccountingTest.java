package org.hotspot.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotspot.session.Hotspot.Device;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectRouterGateway;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithRouterGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions as accounting builds them, with radclient as the router against the real router-gateway
 * and broker, read back through {@code GET /api/sessions}: byte counts above 4 GiB, a duplicated
 * Interim counted once, a lost Start and a counter reset, a router restart, a device's new session.
 */
@QuarkusTest
@WithRouterGateway
class SessionAccountingTest {

    private static final long GIB = 1024L * 1024 * 1024;

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @InjectRouterGateway
    RouterGateway gateway;

    private String operator;
    private Hotspot hotspot;
    private String code;
    private String voucherId;

    @BeforeEach
    void aHotspotAndAVoucher() {
        String organization = auth.newOrganization();
        operator = auth.tokenFor(organization, "OPERATOR");
        hotspot = new Hotspot(gateway, auth.tokenFor(organization, "ORG_ADMIN"), "site-a");
        code = vouchers.codes(operator, vouchers.newBatch(operator,
                vouchers.newProfile(operator, Map.of("sharedUsers", 5)), 1)).get(0);
        voucherId = (String) vouchers.voucher(operator, code).get("id");
    }

    @AfterEach
    void closeTheHotspot() {
        hotspot.close();
    }

    private JsonPath session(Device device) {
        return new JsonPath(given().auth().oauth2(operator).queryParam("voucherId", voucherId)
                .when().get("/api/sessions")
                .then().statusCode(200)
                .extract().asString())
                .setRootPath("sessions.find { it.acctSessionId == '" + device.sessionId() + "' }");
    }

    private void awaitSession(Device device, String state, long bytesIn, long bytesOut, long seconds) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonPath session = session(device);
            assertThat(session.getString("state")).isEqualTo(state);
            assertThat(session.getLong("bytesIn")).isEqualTo(bytesIn);
            assertThat(session.getLong("bytesOut")).isEqualTo(bytesOut);
            assertThat(session.getLong("sessionTime")).isEqualTo(seconds);
        });
    }

    @Test
    void startInterimAndStopAboveFourGibibytes() {
        Device device = hotspot.online(code);
        hotspot.start(device);
        hotspot.interim(device, 5 * GIB + 10, 9 * GIB + 20, 600);
        awaitSession(device, "OPEN", 5 * GIB + 10, 9 * GIB + 20, 600);

        hotspot.stop(device, 6 * GIB, 10 * GIB, 900, "User-Request");

        awaitSession(device, "CLOSED", 6 * GIB, 10 * GIB, 900);
        assertThat(session(device).getString("stopCause")).isEqualTo("User-Request");
    }

    @Test
    void aDuplicatedInterimIsCountedOnce() {
        Device device = hotspot.online(code);
        hotspot.start(device);
        List<String> interim = hotspot.accountingLines("Interim-Update", device, Hotspot.counters(1000, 2000, 60));
        List<String> retransmitted = new ArrayList<>(interim);
        retransmitted.add("Acct-Delay-Time = 4");

        hotspot.accountingAll(List.of(interim, interim, retransmitted));
        hotspot.interim(device, 1500, 2500, 120);

        awaitSession(device, "OPEN", 1500, 2500, 120);
    }

    @Test
    void anInterimWithoutItsStartOpensTheSessionAndACounterResetLosesNothing() {
        Device device = hotspot.online(code);
        hotspot.interim(device, 4000, 8000, 300);
        awaitSession(device, "OPEN", 4000, 8000, 300);

        // The router restarted its counters (a reboot of its accounting): all of the new values are new.
        hotspot.interim(device, 100, 200, 30);

        awaitSession(device, "OPEN", 4100, 8200, 330);
    }

    @Test
    void accountingOnClosesEveryOpenSessionOfTheRouter() {
        Device one = hotspot.online(code);
        Device two = hotspot.online(code);
        hotspot.start(one);
        hotspot.start(two);
        awaitSession(two, "OPEN", 0, 0, 0);

        assertThat(hotspot.accountingOn().code()).isEqualTo("Accounting-Response");

        awaitSession(one, "CLOSED", 0, 0, 0);
        awaitSession(two, "CLOSED", 0, 0, 0);
        assertThat(session(one).getString("stopCause")).isEqualTo("NAS-Reboot");
    }

    @Test
    void aNewStartOfTheSameDeviceClosesItsOlderSession() {
        Device device = hotspot.online(code);
        hotspot.start(device);
        hotspot.interim(device, 10, 20, 30);
        awaitSession(device, "OPEN", 10, 20, 30);
        Device again = new Device(device.mac(), Hotspot.sessionId(), device.classHex(), device.userName());

        hotspot.start(again);

        awaitSession(device, "CLOSED", 10, 20, 30);
        assertThat(session(device).getString("stopCause")).isEqualTo("Superseded");
        awaitSession(again, "OPEN", 0, 0, 0);
    }

    @Test
    void activeSessionsAndAVouchersSessionsByItsCode() {
        Device device = hotspot.online(code);
        hotspot.start(device);
        awaitSession(device, "OPEN", 0, 0, 0);

        List<String> active = given().auth().oauth2(operator).queryParam("active", true)
                .when().get("/api/sessions").then().statusCode(200).extract().path("sessions.acctSessionId");
        List<String> byCode = given().auth().oauth2(operator).queryParam("voucher", code.toLowerCase(Locale.ROOT))
                .when().get("/api/sessions").then().statusCode(200).extract().path("sessions.acctSessionId");

        assertThat(active).containsExactly(device.sessionId());
        assertThat(byCode).containsExactly(device.sessionId());
    }

    @Test
    void anotherOrganizationSeesNoneOfThem() {
        Device device = hotspot.online(code);
        hotspot.start(device);
        awaitSession(device, "OPEN", 0, 0, 0);
        String stranger = auth.tokenFor(auth.newOrganization(), "ORG_ADMIN");

        List<Object> seen = given().auth().oauth2(stranger).queryParam("voucherId", voucherId)
                .when().get("/api/sessions").then().statusCode(200).extract().path("sessions");
        given().auth().oauth2(stranger).queryParam("voucher", code)
                .when().get("/api/sessions").then().statusCode(404).contentType("application/problem+json");

        assertThat(seen).isEmpty();
    }
}
