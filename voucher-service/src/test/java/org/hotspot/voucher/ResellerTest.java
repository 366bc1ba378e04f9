package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hotspot.voucher.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.AuthService.Operator;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reseller sells only allowed profiles, pays each batch from credit atomically, and sees only their own batches. */
@QuarkusTest
@WithAuthService
class ResellerTest {

    @InjectAuthService
    AuthService auth;

    private String organization;
    private String admin;
    private Operator reseller;
    private String allowed;
    private String notAllowed;

    @BeforeEach
    void aResellerWithOneProfileAndTenDollars() {
        organization = auth.newOrganization();
        admin = auth.tokenFor(organization, "ORG_ADMIN");
        reseller = auth.newOperator(organization, "RESELLER");
        allowed = Fixtures.profile(admin);
        notAllowed = Fixtures.profile(admin);
        grant("10", List.of(allowed)).then().statusCode(200).body("credit", is(10));
    }

    private Response grant(String credit, List<String> profiles) {
        return as(admin).body(Map.of("currency", "USD", "addCredit", credit, "allowedProfileIds", profiles))
                .when().put("/api/resellers/" + reseller.username());
    }

    private Response order(String profileId, int count) {
        return as(reseller.accessToken()).body(Fixtures.batchOf(profileId, count)).when().post("/api/batches");
    }

    private double credit() {
        return as(reseller.accessToken()).when().get("/api/resellers/me").then().statusCode(200)
                .extract().jsonPath().getDouble("credit");
    }

    @Test
    void aBatchOfAnAllowedProfileIsPaidFromCredit() {
        order(allowed, 2).then().statusCode(202).body("charged", is(5.0f));
        assertThat(credit()).isEqualTo(5.0);
        order(allowed, 3).then().statusCode(402).contentType("application/problem+json")
                .body("type", is("/problems/insufficient-credit"));
        assertThat(credit()).isEqualTo(5.0);
        order(notAllowed, 1).then().statusCode(403).body("type", is("/problems/profile-not-allowed"));
    }

    @Test
    void concurrentOrdersNeverOverdraw() throws Exception {
        grant("15", List.of(allowed)).then().statusCode(200).body("credit", is(25));
        ExecutorService pool = Executors.newFixedThreadPool(15);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> orders = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                orders.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return order(allowed, 1).statusCode();
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> order : orders) {
                statuses.add(order.get());
            }
            assertThat(statuses).filteredOn(s -> s == 202).hasSize(10);
            assertThat(statuses).filteredOn(s -> s == 402).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(credit()).isEqualTo(0.0);
    }

    @Test
    void aResellerSeesOnlyTheirOwnBatches() {
        String own = order(allowed, 1).then().statusCode(202).extract().path("id");
        String others = Fixtures.orderBatch(admin, Fixtures.batchOf(allowed, 1)).getString("id");

        as(reseller.accessToken()).when().get("/api/batches/" + others).then().statusCode(404);
        as(reseller.accessToken()).when().get("/api/batches/" + own).then().statusCode(200);
        assertThat(as(reseller.accessToken()).when().get("/api/batches").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class)).containsExactly(own);
        Fixtures.awaitState(admin, others, "READY");
        String theirCode = Fixtures.codes(admin, others).get(0);
        as(reseller.accessToken()).when().get("/api/vouchers/" + theirCode).then().statusCode(404);
    }

    @Test
    void onlyAdminsGrantAndOnlyTheirOwnOrganizationsProfiles() {
        as(reseller.accessToken()).when().get("/api/resellers").then().statusCode(403);
        as(auth.tokenFor(organization, "OPERATOR")).body(Map.of("currency", "USD", "addCredit", "5",
                "allowedProfileIds", List.of(allowed))).when().put("/api/resellers/" + reseller.username())
                .then().statusCode(403);
        String foreignAdmin = auth.tokenFor(auth.newOrganization(), "ORG_ADMIN");
        String foreign = Fixtures.profile(foreignAdmin);
        grant("1", List.of(allowed, foreign)).then().statusCode(404);
        grant("-1", List.of(allowed)).then().statusCode(400);
    }
}
