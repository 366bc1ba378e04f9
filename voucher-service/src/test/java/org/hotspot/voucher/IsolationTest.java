package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.voucher.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every voucher-service endpoint, called by another organization's admin about this organization's
 * records: each answers as if the record did not exist, and nothing changes.
 */
@QuarkusTest
@WithAuthService
class IsolationTest {

    @InjectAuthService
    AuthService auth;

    private String owner;
    private String stranger;
    private String profileId;
    private String batchId;
    private String code;

    @BeforeEach
    void twoOrganizations() {
        owner = auth.tokenFor(auth.newOrganization(), "ORG_ADMIN");
        stranger = auth.tokenFor(auth.newOrganization(), "ORG_ADMIN");
        profileId = Fixtures.profile(owner);
        batchId = Fixtures.readyBatch(owner, profileId, 2);
        code = Fixtures.codes(owner, batchId).get(0);
    }

    @Test
    void everyEndpointHidesAnotherOrganizationsRecords() {
        record Call(String method, String path, Object body) {
        }
        List<Call> calls = List.of(
                new Call("GET", "/api/profiles/" + profileId, null),
                new Call("PUT", "/api/profiles/" + profileId, Fixtures.plan("taken over")),
                new Call("POST", "/api/profiles/" + profileId + "/retire", null),
                new Call("DELETE", "/api/profiles/" + profileId, null),
                new Call("POST", "/api/batches", Fixtures.batchOf(profileId, 5)),
                new Call("GET", "/api/batches/" + batchId, null),
                new Call("GET", "/api/batches/" + batchId + "/vouchers", null),
                new Call("GET", "/api/batches/" + batchId + "/vouchers.csv", null),
                new Call("GET", "/api/batches/" + batchId + "/cards.pdf", null),
                new Call("GET", "/api/batches/" + batchId + "/cards.html", null),
                new Call("GET", "/api/vouchers/" + code, null),
                new Call("POST", "/api/vouchers/" + code + "/revoke", null),
                new Call("POST", "/api/vouchers/" + code + "/disable", null),
                new Call("POST", "/api/vouchers/" + code + "/enable", null),
                new Call("GET", "/api/vouchers/" + code + "/qr.png", null),
                new Call("GET", "/api/vouchers/" + code + "/qr.svg", null),
                new Call("PUT", "/api/resellers/someone", Map.of("currency", "USD", "addCredit", "1",
                        "allowedProfileIds", List.of(profileId))));
        for (Call call : calls) {
            var request = as(stranger);
            if (call.body() != null) {
                request = request.body(call.body());
            }
            int status = request.when().request(call.method(), call.path()).then().extract().statusCode();
            assertThat(status).as("%s %s by another organization", call.method(), call.path()).isEqualTo(404);
        }

        assertThat(as(stranger).when().get("/api/profiles").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class)).doesNotContain(profileId);
        assertThat(as(stranger).when().get("/api/batches").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class)).doesNotContain(batchId);
        assertThat(Fixtures.voucher(owner, code).getString("state")).isEqualTo("UNUSED");
        assertThat(as(owner).when().get("/api/profiles/" + profileId).then().statusCode(200).extract().jsonPath()
                .getString("state")).isEqualTo("ACTIVE");
    }
}
