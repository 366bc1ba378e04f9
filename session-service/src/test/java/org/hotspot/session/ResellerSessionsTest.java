package org.hotspot.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.hotspot.session.Hotspot.Device;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.AuthService.Operator;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectRouterGateway;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithRouterGateway;
import org.junit.jupiter.api.Test;

/**
 * A reseller sees the sessions and usage of the vouchers they sold and nothing else of the
 * organization: one voucher sold by a reseller and one by the organization, both online through
 * radclient and the real router-gateway, read back as each.
 */
@QuarkusTest
@WithRouterGateway
class ResellerSessionsTest {

    private static final Duration SEEN = Duration.ofSeconds(30);

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @InjectRouterGateway
    RouterGateway gateway;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private List<String> sessionVouchers(String token) {
        return as(token).when().get("/api/sessions").then().statusCode(200).extract().path("sessions.voucherId");
    }

    private List<String> usageKeys(String token) {
        return as(token).queryParam("groupBy", "voucher").when().get("/api/usage/latest").then().statusCode(200)
                .extract().path("latest.key");
    }

    @Test
    void aResellerSeesOnlyTheSessionsAndUsageOfTheVouchersTheySold() {
        String organization = auth.newOrganization();
        String admin = auth.tokenFor(organization, "ORG_ADMIN");
        Operator reseller = auth.newOperator(organization, "RESELLER");
        String profile = vouchers.newProfile(admin, Map.of("timeQuotaSeconds", 3_600));
        given().baseUri(vouchers.url()).auth().oauth2(admin).contentType("application/json")
                .body(Map.of("currency", "USD", "addCredit", "10", "allowedProfileIds", List.of(profile)))
                .when().put("/api/resellers/" + reseller.username()).then().statusCode(200);
        String sold = vouchers.codes(reseller.accessToken(),
                vouchers.newBatch(reseller.accessToken(), profile, 1)).get(0);
        String own = vouchers.codes(admin, vouchers.newBatch(admin, profile, 1)).get(0);
        String soldId = (String) vouchers.voucher(admin, sold).get("id");
        String ownId = (String) vouchers.voucher(admin, own).get("id");

        try (Hotspot hotspot = new Hotspot(gateway, admin, "site-a")) {
            for (String code : List.of(sold, own)) {
                Device device = hotspot.online(code);
                assertThat(hotspot.start(device).code()).isEqualTo("Accounting-Response");
                assertThat(hotspot.interim(device, 1_000_000, 2_000_000, 60).code()).isEqualTo("Accounting-Response");
            }
            await("both sessions and their usage").atMost(SEEN).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> {
                        assertThat(sessionVouchers(admin)).containsExactlyInAnyOrder(soldId, ownId);
                        assertThat(usageKeys(admin)).containsExactlyInAnyOrder(soldId, ownId);
                    });
            await("the reseller's voucher known as theirs").atMost(SEEN).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> assertThat(sessionVouchers(reseller.accessToken())).containsExactly(soldId));

            assertThat(usageKeys(reseller.accessToken())).containsExactly(soldId);
            as(reseller.accessToken()).queryParam("voucherId", ownId).when().get("/api/sessions").then()
                    .statusCode(200).body("sessions", Matchers.empty());
            as(reseller.accessToken()).when().get("/api/usage").then().statusCode(403)
                    .contentType("application/problem+json");
            as(reseller.accessToken()).queryParam("groupBy", "profile").when().get("/api/usage/latest").then()
                    .statusCode(403);
            // page * size overflowed int: a negative skip and a 500.
            as(reseller.accessToken()).queryParam("page", Integer.MAX_VALUE).when().get("/api/sessions").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", Matchers.contains("page"));
        }
    }
}
