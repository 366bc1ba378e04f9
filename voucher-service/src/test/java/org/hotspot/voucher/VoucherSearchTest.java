package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hotspot.voucher.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.AuthService.Operator;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/vouchers}: vouchers by batch and serial range, state and MAC, paged, within the
 * caller's organization (a reseller's own batches only), without codes for viewers.
 */
@QuarkusTest
@WithAuthService
class VoucherSearchTest {

    @InjectAuthService
    AuthService auth;

    private String organization;
    private String admin;
    private String batchId;
    private List<String> codes;

    @BeforeEach
    void aBatchOfSix() {
        organization = auth.newOrganization();
        admin = auth.tokenFor(organization, "ORG_ADMIN");
        batchId = Fixtures.readyBatch(admin, Fixtures.profile(admin), 6);
        codes = Fixtures.codes(admin, batchId);
    }

    private JsonPath search(String token, Map<String, ?> query) {
        return as(token).queryParams(query).when().get("/api/vouchers").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aSerialRangeOfABatchComesInSerialOrderAPageAtATime() {
        JsonPath first = search(admin, Map.of("batch", batchId, "serialFrom", 2, "serialTo", 5, "size", 3));
        assertThat(first.getList("vouchers.serial", Integer.class)).containsExactly(2, 3, 4);
        assertThat(first.getInt("total")).isEqualTo(4);
        assertThat(first.getList("vouchers.code", String.class)).containsExactly(codes.get(1), codes.get(2),
                codes.get(3));

        JsonPath second = search(admin, Map.of("batch", batchId, "serialFrom", 2, "serialTo", 5, "size", 3, "page", 1));
        assertThat(second.getList("vouchers.serial", Integer.class)).containsExactly(5);
        assertThat(search(admin, Map.of("batch", batchId, "serialFrom", 5, "serialTo", 99))
                .getList("vouchers.serial", Integer.class)).containsExactly(5, 6);
        assertThat(search(admin, Map.of("batch", batchId, "page", 7)).getList("vouchers")).isEmpty();
    }

    @Test
    void byStateAndByTheMacOfADeviceThatUsedIt() {
        as(admin).when().post("/api/vouchers/" + codes.get(2) + "/revoke").then().statusCode(200);
        Fixtures.authorize(organization, codes.get(4), "nas-1", "AA:BB:CC:00:11:22", "s-search-1");

        JsonPath revoked = search(admin, Map.of("state", "REVOKED"));
        assertThat(revoked.getList("vouchers.serial", Integer.class)).containsExactly(3);
        assertThat(revoked.getInt("total")).isEqualTo(1);
        assertThat(search(admin, Map.of("batch", batchId, "state", "UNUSED")).getList("vouchers.serial",
                Integer.class)).containsExactly(1, 2, 4, 6);

        JsonPath byMac = search(admin, Map.of("mac", "aa-bb-cc-00-11-22"));
        assertThat(byMac.getList("vouchers.code", String.class)).containsExactly(codes.get(4));
        assertThat(search(admin, Map.of("mac", "AA:BB:CC:00:11:23")).getList("vouchers")).isEmpty();
        assertThat(search(admin, Map.of()).getInt("total")).isEqualTo(6);
    }

    @Test
    void anotherOrganizationNeverSeesTheVouchers() {
        String stranger = auth.tokenFor(auth.newOrganization(), "ORG_ADMIN");
        as(stranger).queryParam("batch", batchId).when().get("/api/vouchers").then().statusCode(404);
        JsonPath theirs = search(stranger, Map.of());
        assertThat(theirs.getList("vouchers")).isEmpty();
        assertThat(theirs.getInt("total")).isZero();
        Fixtures.authorize(organization, codes.get(0), "nas-1", "AA:BB:CC:00:11:33", "s-search-2");
        assertThat(search(stranger, Map.of("mac", "AA:BB:CC:00:11:33")).getList("vouchers")).isEmpty();
        String id = Fixtures.voucher(admin, codes.get(0)).getString("id");
        assertThat(search(admin, Map.of("id", id)).getList("vouchers.code", String.class))
                .containsExactly(codes.get(0));
        assertThat(search(stranger, Map.of("id", id)).getList("vouchers")).isEmpty();
    }

    @Test
    void aResellerFindsOnlyVouchersOfTheirOwnBatches() {
        Operator reseller = auth.newOperator(organization, "RESELLER");
        String profileId = Fixtures.profile(admin);
        as(admin).body(Map.of("currency", "USD", "addCredit", "100", "allowedProfileIds", List.of(profileId)))
                .when().put("/api/resellers/" + reseller.username()).then().statusCode(200);
        String theirs = Fixtures.readyBatch(reseller.accessToken(), profileId, 2);

        JsonPath found = search(reseller.accessToken(), Map.of());
        assertThat(found.getList("vouchers.batchId", String.class)).containsOnly(theirs).hasSize(2);
        as(reseller.accessToken()).queryParam("batch", batchId).when().get("/api/vouchers").then().statusCode(404);
        String notTheirs = Fixtures.voucher(admin, codes.get(0)).getString("id");
        assertThat(search(reseller.accessToken(), Map.of("id", notTheirs)).getList("vouchers")).isEmpty();
        assertThat(search(admin, Map.of()).getInt("total")).isEqualTo(8);
    }

    @Test
    void aViewerGetsNoCode() {
        String viewer = auth.tokenFor(organization, "VIEWER");
        JsonPath seen = search(viewer, Map.of("batch", batchId));
        assertThat(seen.getList("vouchers.serial", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(seen.getList("vouchers.code")).containsOnlyNulls();
        assertThat(seen.getList("vouchers.printedCode")).containsOnlyNulls();
        assertThat(search(viewer, Map.of("state", "UNUSED")).getList("vouchers.code")).containsOnlyNulls();
    }

    @Test
    void aBadFilterOrPageIsAProblemNamingIt() {
        record Bad(Map<String, ?> query, String field) {
        }
        for (Bad bad : List.of(
                new Bad(Map.of("state", "LOST"), "state"),
                new Bad(Map.of("serialFrom", 1, "serialTo", 3), "batch"),
                new Bad(Map.of("batch", batchId, "serialFrom", 4, "serialTo", 3), "serialTo"),
                new Bad(Map.of("mac", "not-a-mac"), "mac"),
                new Bad(Map.of("size", 0), "size"),
                new Bad(Map.of("size", 201), "size"),
                new Bad(Map.of("page", -1), "page"),
                new Bad(Map.of("serialFrom", "one", "batch", batchId), "serialFrom"))) {
            as(admin).queryParams(bad.query()).when().get("/api/vouchers").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", is("/problems/validation"))
                    .body("violations.field", hasItem(containsString(bad.field())));
        }
    }
}
