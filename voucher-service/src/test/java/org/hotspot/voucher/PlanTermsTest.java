package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hotspot.voucher.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Vouchers keep the terms they were sold with: a plan edit reaches the batches made after it, and
 * the vouchers made before only when the operator applies it to them (unused, or all), the answer
 * saying how many it changed. Seen in the authorization decision routers get.
 */
@QuarkusTest
@WithAuthService
class PlanTermsTest {

    private static final Map<String, Object> SLOWER = Map.of("rateLimit", "1M/1M", "timeQuotaSeconds", 600);

    @InjectAuthService
    AuthService auth;

    private String organization;
    private String operator;
    private String profile;
    private String batch;
    private List<String> sold;

    @BeforeEach
    void threeVouchersSoldOneInUse() {
        organization = auth.newOrganization();
        operator = auth.tokenFor(organization, "OPERATOR");
        Map<String, Object> plan = Fixtures.plan("an hour");
        plan.put("timeQuotaSeconds", 3_600);
        profile = Fixtures.profile(operator, plan);
        batch = Fixtures.readyBatch(operator, profile, 3);
        sold = Fixtures.codes(operator, batch);
        assertThat(login(sold.get(0)).getString("rateLimit")).isEqualTo("4M/2M");
    }

    private JsonPath login(String code) {
        JsonPath decision = Fixtures.authorize(organization, code, "nas-1", "AA:BB:CC:00:00:01",
                "s-" + UUID.randomUUID());
        assertThat(decision.getBoolean("accept")).as("login with %s", code).isTrue();
        return decision;
    }

    private JsonPath edit(String applyTo) {
        var request = as(operator).body(SLOWER);
        if (applyTo != null) {
            request = request.queryParam("applyTo", applyTo);
        }
        return request.when().put("/api/profiles/" + profile).then().statusCode(200).extract().jsonPath();
    }

    private static void assertSoldTerms(JsonPath decision) {
        assertThat(decision.getString("rateLimit")).isEqualTo("4M/2M");
        assertThat(decision.getLong("sessionTimeoutSeconds")).isEqualTo(3_600);
    }

    private static void assertNewTerms(JsonPath decision) {
        assertThat(decision.getString("rateLimit")).isEqualTo("1M/1M");
        assertThat(decision.getLong("sessionTimeoutSeconds")).isEqualTo(600);
    }

    @Test
    void anEditReachesNewBatchesOnly() {
        JsonPath edited = edit(null);
        assertThat(edited.getLong("vouchersChanged")).isZero();
        assertThat(edited.getString("rateLimit")).isEqualTo("1M/1M");

        assertSoldTerms(login(sold.get(0)));
        assertSoldTerms(login(sold.get(1)));
        assertNewTerms(login(Fixtures.oneCode(operator, profile)));
    }

    @Test
    void anEditAppliedToUnusedVouchersLeavesTheOneInUse() {
        assertThat(edit("unused").getLong("vouchersChanged")).isEqualTo(2);

        assertNewTerms(login(sold.get(1)));
        assertNewTerms(login(sold.get(2)));
        assertSoldTerms(login(sold.get(0)));
    }

    @Test
    void anEditAppliedToAllReachesTheOneInUse() {
        assertThat(edit("all").getLong("vouchersChanged")).isEqualTo(3);

        assertNewTerms(login(sold.get(0)));
        assertNewTerms(login(sold.get(1)));
    }

    @Test
    void cardsPrintTheTermsTheirVouchersWereSoldWith() {
        String before = cards();

        edit(null);
        assertThat(cards()).as("cards after an edit applied to new batches only").isEqualTo(before);

        edit("all");
        assertThat(cards()).as("cards after the edit was applied to them").isNotEqualTo(before);
    }

    private String cards() {
        return as(operator).queryParam("lang", "en").when().get("/api/batches/" + batch + "/cards.html")
                .then().statusCode(200).extract().asString();
    }

    @Test
    void twoEditsKeepEachBatchOnItsOwnTerms() {
        edit(null);
        String second = Fixtures.oneCode(operator, profile);
        as(operator).body(Map.of("rateLimit", "8M/8M")).when().put("/api/profiles/" + profile).then().statusCode(200)
                .body("termsVersion", is(2));

        assertSoldTerms(login(sold.get(1)));
        assertNewTerms(login(second));
        assertThat(login(Fixtures.oneCode(operator, profile)).getString("rateLimit")).isEqualTo("8M/8M");
    }

    @Test
    void anUnknownScopeIsRefused() {
        as(operator).body(SLOWER).queryParam("applyTo", "everyone").when().put("/api/profiles/" + profile)
                .then().statusCode(400).contentType("application/problem+json");
        assertSoldTerms(login(sold.get(1)));
    }

    @Test
    void cardsPrintTheNameTheBatchWasSoldUnder() {
        as(operator).body(Map.of("name", "renamed later")).when().put("/api/profiles/" + profile).then()
                .statusCode(200);

        assertThat(cards()).contains("an hour").doesNotContain("renamed later");
    }
}
