package org.hotspot.gateway.radius;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.RadiusFixture.counter;
import static org.hotspot.gateway.radius.RadiusFixture.mac;
import static org.hotspot.gateway.radius.RadiusFixture.nasIdentifier;
import static org.hotspot.gateway.radius.RadiusFixture.pap;
import static org.hotspot.gateway.radius.RadiusFixture.registerRouter;
import static org.hotspot.gateway.radius.RadiusFixture.secret;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithVoucherService;
import org.hotspot.testing.radius.Radclient;
import org.hotspot.testing.radius.Radclient.Reply;
import org.junit.jupiter.api.Test;

/**
 * A plan edit does not reach a voucher already sold, even in the Access-Accepts answered from the
 * Redis projection: the online device's re-login keeps the speed it was sold with, until the
 * operator applies the edit to every voucher of the plan.
 */
@QuarkusTest
@WithVoucherService
class PlanEditReloginTest {

    private static final String DECISIONS = "hotspot_gateway_decisions_total";
    /** Longer than router-gateway's plan cache (2 s by default), so a re-login reads the plan's entry again. */
    private static final long PLAN_CACHE_PASSED_MILLIS = 2_500;

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @Inject
    RadiusPorts ports;

    private void edit(String operator, String profileId, String applyTo) {
        given().baseUri(vouchers.url()).auth().oauth2(operator).contentType("application/json")
                .queryParam("applyTo", applyTo).body(Map.of("name", "slower " + profileId, "price", 1,
                        "currency", "USD", "timeQuotaSeconds", 3600, "sharedUsers", 1, "rateLimit", "1M/1M"))
                .when().put("/api/profiles/" + profileId).then().statusCode(200);
    }

    private static void planCachePassed() throws InterruptedException {
        Thread.sleep(PLAN_CACHE_PASSED_MILLIS);
    }

    @Test
    void aSoldVoucherKeepsItsSpeedInReloginsUntilTheEditIsAppliedToIt() throws InterruptedException {
        String organization = auth.newOrganization();
        String nasIdentifier = nasIdentifier();
        String secret = secret();
        registerRouter(auth.tokenFor(organization, "ORG_ADMIN"), nasIdentifier, secret, "site-a", 3799);
        Radclient router = Radclient.to("127.0.0.1", ports.authenticationPort(), secret);
        String operator = auth.tokenFor(organization, "OPERATOR");
        String profileId = vouchers.newProfile(operator, Map.of("timeQuotaSeconds", 3600, "sharedUsers", 1,
                "rateLimit", "2M/4M"));
        String code = vouchers.codes(operator, vouchers.newBatch(operator, profileId, 1)).get(0);
        String phone = mac();
        Reply first = router.auth(pap(nasIdentifier, code, code, phone));
        assertThat(first.code()).as(first.transcript()).isEqualTo("Access-Accept");

        edit(operator, profileId, "new");
        planCachePassed();
        double fromRedis = counter(DECISIONS, "source=\"redis\"", "result=\"accept\"");
        Reply again = router.auth(pap(nasIdentifier, code, code, phone));
        assertThat(again.code()).as(again.transcript()).isEqualTo("Access-Accept");
        assertThat(counter(DECISIONS, "source=\"redis\"", "result=\"accept\"")).as("re-login answered from Redis")
                .isEqualTo(fromRedis + 1);
        assertThat(again.value("Mikrotik-Rate-Limit")).as("the speed it was sold with")
                .isEqualTo(first.value("Mikrotik-Rate-Limit"));

        edit(operator, profileId, "all");
        planCachePassed();
        Reply applied = router.auth(pap(nasIdentifier, code, code, phone));
        assertThat(applied.code()).as(applied.transcript()).isEqualTo("Access-Accept");
        assertThat(applied.value("Mikrotik-Rate-Limit")).as("the edit applied to it").contains("1M/1M");
    }
}
