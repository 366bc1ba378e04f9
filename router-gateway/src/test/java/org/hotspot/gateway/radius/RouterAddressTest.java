package org.hotspot.gateway.radius;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hotspot.gateway.radius.RadiusFixture.mac;
import static org.hotspot.gateway.radius.RadiusFixture.pap;
import static org.hotspot.gateway.radius.RadiusFixture.secret;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithVoucherService;
import org.hotspot.testing.radius.Radclient;
import org.junit.jupiter.api.Test;

/**
 * Router addresses belong to one organization: another one's admin cannot squat a router's address
 * and silence its hotspot, nor learn that someone holds it; only a platform admin shares an address.
 * radclient sends from 127.0.0.1 only, so this class has a database of its own where loopback is
 * not shared as it is for the other tests.
 */
@QuarkusTest
@TestProfile(RouterAddressTest.LoopbackNotShared.class)
@WithVoucherService
class RouterAddressTest {

    public static class LoopbackNotShared implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mongodb.database", "hotspot-gateway-router-addresses",
                    "hotspot.gateway.shared-addresses", "192.0.2.255");
        }
    }

    private static final String LOOPBACK = "127.0.0.1";

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @Inject
    RadiusPorts ports;

    @Test
    void anAddressIsOneOrganizationsUntilAPlatformAdminSharesIt() {
        // A's router is registered without a NAS-Identifier and sends one of its own, as many do.
        String a = auth.newOrganization();
        String adminA = auth.tokenFor(a, "ORG_ADMIN");
        String secretA = secret();
        Map<String, Object> routerA = RouterGateway.routerAtLoopback("unused", secretA, "lobby", 3799);
        routerA.remove("nasIdentifier");
        String idA = as(adminA).body(routerA).when().post("/api/routers").then().statusCode(201).extract().path("id");

        String c = auth.newOrganization();
        Map<String, Object> routerC = RouterGateway.routerAtLoopback("c-hap", secret(), "office", 3799);
        routerC.put("nasIp", "198.51.100.77");
        as(auth.tokenFor(c, "ORG_ADMIN")).body(routerC).when().post("/api/routers").then().statusCode(201);

        String b = auth.newOrganization();
        String adminB = auth.tokenFor(b, "ORG_ADMIN");
        String secretB = secret();
        Map<String, Object> squat = RouterGateway.routerAtLoopback("b-hap", secretB, "cafe", 3799);
        String refusedAtA = as(adminB).body(squat).when().post("/api/routers").then().statusCode(409)
                .contentType("application/problem+json").body("type", is("/problems/address-unavailable"))
                .extract().asString();
        squat.put("nasIp", "198.51.100.77");
        String refusedAtC = as(adminB).body(squat).when().post("/api/routers").then().statusCode(409)
                .extract().asString();
        assertThat(withoutRequestId(refusedAtA)).as("the refusal tells nothing of the holder")
                .isEqualTo(withoutRequestId(refusedAtC))
                .doesNotContain(a).doesNotContain(idA).doesNotContain(LOOPBACK).doesNotContain("lobby");
        as(adminB).when().put("/api/routers/shared-addresses/" + LOOPBACK).then().statusCode(403);

        Radclient hotspotA = Radclient.to(LOOPBACK, ports.authenticationPort(), secretA);
        assertThat(hotspotA.auth(login("lobby-hap", codeOf(a))).code()).isEqualTo("Access-Accept");

        // Carrier NAT: a platform admin shares the address; routers are then told apart by NAS-Identifier.
        String platformAdmin = auth.tokenFor(auth.newOrganization(), "PLATFORM_ADMIN");
        as(platformAdmin).when().put("/api/routers/shared-addresses/" + LOOPBACK).then().statusCode(204);
        squat.put("nasIp", LOOPBACK);
        as(adminB).body(squat).when().post("/api/routers").then().statusCode(409)
                .body("type", is("/problems/address-unavailable"));
        routerA.put("nasIdentifier", "lobby-hap");
        routerA.remove("radiusSecret");
        as(adminA).body(routerA).when().put("/api/routers/" + idA).then().statusCode(200);
        as(adminB).body(squat).when().post("/api/routers").then().statusCode(201);
        Map<String, Object> impostor = RouterGateway.routerAtLoopback("lobby-hap", secret(), "cafe", 3799);
        as(adminB).body(impostor).when().post("/api/routers").then().statusCode(409);

        assertThat(hotspotA.auth(login("lobby-hap", codeOf(a))).code()).isEqualTo("Access-Accept");
        Radclient hotspotB = Radclient.to(LOOPBACK, ports.authenticationPort(), secretB);
        assertThat(hotspotB.auth(login("b-hap", codeOf(b))).code()).isEqualTo("Access-Accept");
    }

    private static String withoutRequestId(String problem) {
        return problem.replaceAll("\"requestId\":\"[^\"]*\"", "");
    }

    private static String[] login(String nasIdentifier, String code) {
        return pap(nasIdentifier, code, code, mac());
    }

    private String codeOf(String organization) {
        String operator = auth.tokenFor(organization, "OPERATOR");
        String profileId = vouchers.newProfile(operator, Map.of("timeQuotaSeconds", 3600, "validitySeconds", 86_400));
        return vouchers.codes(operator, vouchers.newBatch(operator, profileId, 1)).get(0);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }
}
