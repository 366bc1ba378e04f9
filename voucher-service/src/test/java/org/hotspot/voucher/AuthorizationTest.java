package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.voucher.Fixtures.as;
import static org.hotspot.voucher.Fixtures.authorize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.hotspot.voucher.service.VoucherKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The authorization decision router-gateway asks for, through the internal endpoint. */
@QuarkusTest
@WithAuthService
class AuthorizationTest {

    @InjectAuthService
    AuthService auth;

    @Inject
    VoucherKeys keys;

    private String organization;
    private String operator;

    @BeforeEach
    void anOrganization() {
        organization = auth.newOrganization();
        operator = auth.tokenFor(organization, "OPERATOR");
    }

    private String codeOf(Map<String, Object> plan) {
        return Fixtures.oneCode(operator, Fixtures.profile(operator, plan));
    }

    @Test
    void anAcceptCarriesWhatTheRouterEnforces() {
        Map<String, Object> plan = Fixtures.plan("day pass");
        plan.put("timeQuotaSeconds", 7_200);
        plan.put("validitySeconds", 3_600);
        plan.put("dataQuotaBytes", 5_000_000_000L);
        plan.put("idleTimeoutSeconds", 300);
        String code = codeOf(plan);

        JsonPath decision = authorize(organization, code.toLowerCase(Locale.ROOT), "nas-1", "aa-bb-cc-00-00-01", "s1");
        assertThat(decision.getBoolean("accept")).isTrue();
        assertThat(decision.getBoolean("firstUse")).isTrue();
        // The lesser of time left (2 h) and validity left (1 h).
        assertThat(decision.getLong("sessionTimeoutSeconds")).isBetween(3_590L, 3_600L);
        assertThat(decision.getLong("dataLeftBytes")).isEqualTo(5_000_000_000L);
        assertThat(decision.getString("rateLimit")).isEqualTo("4M/2M");
        assertThat(decision.getLong("idleTimeoutSeconds")).isEqualTo(300L);
        assertThat(decision.getLong("interimIntervalSeconds")).isEqualTo(300L);
        assertThat(decision.getString("voucherId")).isNotBlank();

        JsonPath voucher = Fixtures.voucher(operator, code);
        assertThat(voucher.getString("state")).isEqualTo("ACTIVE");
        assertThat(voucher.getString("firstUsedAt")).isNotNull();
        // The same device logging in again is not a first use.
        JsonPath again = authorize(organization, code, "nas-1", "AA:BB:CC:00:00:01", "s2");
        assertThat(again.getBoolean("accept")).isTrue();
        assertThat(again.getBoolean("firstUse")).isFalse();
    }

    @Test
    void unknownCodesAndOtherOrganizationsCodesAreUnknown() {
        String code = codeOf(Fixtures.plan("p"));
        assertThat(authorize(organization, "NOSUCHCODE23", "nas-1", "AA:BB:CC:00:00:01", "s1").getString("reason"))
                .isEqualTo("unknown");
        assertThat(authorize(organization, "--", "nas-1", "AA:BB:CC:00:00:01", "s1").getString("reason"))
                .isEqualTo("unknown");
        assertThat(authorize(auth.newOrganization(), code, "nas-1", "AA:BB:CC:00:00:01", "s1").getString("reason"))
                .isEqualTo("unknown");
    }

    @Test
    void concurrentFirstUseFromTwoRoutersHasOneWinner() throws Exception {
        for (int round = 0; round < 5; round++) {
            String code = codeOf(Fixtures.plan("single " + round));
            List<JsonPath> decisions = race(8, i -> authorize(organization, code, "nas-" + (i % 2),
                    String.format("AA:BB:CC:00:01:%02d", i), "s" + i));

            assertThat(decisions.stream().filter(d -> d.getBoolean("accept"))).hasSize(1);
            assertThat(decisions.stream().filter(d -> d.getBoolean("firstUse"))).hasSize(1);
            assertThat(decisions.stream().filter(d -> !d.getBoolean("accept")))
                    .allSatisfy(d -> assertThat(d.getString("reason")).isEqualTo("device-limit"));
        }
    }

    @Test
    void sharedUsersHoldUnderConcurrency() throws Exception {
        Map<String, Object> plan = Fixtures.plan("family");
        plan.put("sharedUsers", 3);
        String code = codeOf(plan);

        List<JsonPath> decisions = race(10, i -> authorize(organization, code, "nas-" + (i % 2),
                String.format("AA:BB:CC:00:02:%02d", i), "s" + i));

        assertThat(decisions.stream().filter(d -> d.getBoolean("accept"))).hasSize(3);
        assertThat(decisions.stream().filter(d -> d.getBoolean("firstUse"))).hasSize(1);
        assertThat(decisions.stream().filter(d -> !d.getBoolean("accept")).map(d -> d.getString("reason")))
                .containsOnly("device-limit");
    }

    @Test
    void aMacLockedVoucherWorksOnlyOnItsFirstDevices() throws Exception {
        Map<String, Object> plan = Fixtures.plan("locked");
        plan.put("macLock", true);
        plan.put("sharedUsers", 1);
        String code = codeOf(plan);

        List<JsonPath> decisions = race(6, i -> authorize(organization, code, "nas-1",
                String.format("AA:BB:CC:00:03:%02d", i), "s" + i));
        List<JsonPath> accepted = decisions.stream().filter(d -> d.getBoolean("accept")).toList();
        assertThat(accepted).hasSize(1);

        List<String> bound = Fixtures.voucher(operator, code).getList("boundMacs", String.class);
        assertThat(bound).hasSize(1);
        assertThat(
                authorize(organization, code, "nas-2", bound.get(0).toLowerCase(Locale.ROOT).replace(':', '-'), "again")
                        .getBoolean("accept"))
                .isTrue();
        String other = bound.get(0).endsWith("00") ? "AA:BB:CC:00:03:99" : "AA:BB:CC:00:03:00";
        assertThat(authorize(organization, code, "nas-2", other, "other").getString("reason"))
                .isEqualTo("mac-mismatch");
    }

    @Test
    void aPlanForOneSiteIsRefusedElsewhere() {
        Map<String, Object> plan = Fixtures.plan("site b only");
        plan.put("sites", List.of("site-b"));
        String code = codeOf(plan);
        // Fixtures.authorize asks from site-a.
        assertThat(authorize(organization, code, "nas-1", "AA:BB:CC:00:04:01", "s1").getString("reason"))
                .isEqualTo("wrong-site");
    }

    @Test
    void aVoucherIsNamedByItsLookupKeyOnlyInItsOwnOrganization() {
        String code = codeOf(Fixtures.plan("named by key"));
        String lookupKey = VoucherCodes.lookupKey(keys.lookupKey(), organization, VoucherCodes.normalize(code));

        assertThat(voucherId(organization, lookupKey)).isEqualTo(Fixtures.voucher(operator, code).getString("id"));
        assertThat(voucherId(auth.newOrganization(), lookupKey)).as("another organization's voucher").isNull();
        assertThat(voucherId(organization, "no-such-lookup-key")).isNull();
        RestAssured.given().contentType("application/json")
                .body(Map.of("organizationId", organization, "lookupKey", lookupKey))
                .when().post("/internal/voucher-id").then().statusCode(401);
    }

    private static String voucherId(String organization, String lookupKey) {
        return Fixtures.asService().body(Map.of("organizationId", organization, "lookupKey", lookupKey))
                .when().post("/internal/voucher-id")
                .then().statusCode(200)
                .extract().jsonPath().getString("voucherId");
    }

    @Test
    void onlyServicesMayAsk() {
        Map<String, Object> body = Map.of("organizationId", organization, "code", "ABCDEFGHJK");
        RestAssured.given().contentType("application/json").body(body)
                .when().post("/internal/authorize").then().statusCode(401);
        RestAssured.given().header("X-Hotspot-Service-Token", "wrong-token-wrong-token-wrong")
                .contentType("application/json").body(body)
                .when().post("/internal/authorize").then().statusCode(401);
        as(auth.tokenFor(organization, "ORG_ADMIN")).body(body)
                .when().post("/internal/authorize").then().statusCode(403);
        Fixtures.asPortal().body(body).when().post("/internal/authorize")
                .then().statusCode(403).contentType("application/problem+json");
        Fixtures.asPortal().body(Map.of("organizationId", organization, "lookupKey", "x".repeat(43)))
                .when().post("/internal/voucher-id").then().statusCode(403);
        Fixtures.asService().body(Map.of("code", "ABCDEFGHJK")).when().post("/internal/authorize")
                .then().statusCode(400).contentType("application/problem+json");
    }

    interface Call {
        JsonPath run(int i);
    }

    /** Runs the calls at once (released together) and returns every answer. */
    static List<JsonPath> race(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<JsonPath>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return call.run(index);
                }, pool));
            }
            start.countDown();
            List<JsonPath> results = new ArrayList<>();
            for (CompletableFuture<JsonPath> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
