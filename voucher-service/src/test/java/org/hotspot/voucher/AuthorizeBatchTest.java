package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotspot.common.security.ServiceAuthentication;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /internal/authorize-batch}, what router-gateway sends when logins come in a rush: one
 * decision per login in the order asked, each as {@code /internal/authorize} would decide it alone.
 */
@QuarkusTest
@WithAuthService
class AuthorizeBatchTest {

    @InjectAuthService
    AuthService auth;

    private String organization;
    private String operator;

    @BeforeEach
    void organization() {
        organization = auth.newOrganization();
        operator = auth.tokenFor(organization, "OPERATOR");
    }

    @Test
    void eachLoginIsDecidedInItsPlaceAndABadOneSpoilsNoOther() {
        List<String> codes = Fixtures.codes(operator,
                Fixtures.readyBatch(operator, Fixtures.profile(operator, Fixtures.plan("batch")), 2));
        Map<String, Object> siteB = Fixtures.plan("site b only");
        siteB.put("sites", List.of("site-b"));
        String elsewhere = Fixtures.oneCode(operator, Fixtures.profile(operator, siteB));
        String otherOperator = auth.tokenFor(auth.newOrganization(), "OPERATOR");
        String foreign = Fixtures.oneCode(otherOperator, Fixtures.profile(otherOperator));

        List<Map<String, Object>> requests = new ArrayList<>();
        requests.add(request(codes.get(0), "aa-bb-cc-30-00-01"));
        requests.add(request("", "aa-bb-cc-30-00-02"));
        requests.add(request(foreign, "aa-bb-cc-30-00-03"));
        requests.add(request(elsewhere, "aa-bb-cc-30-00-04"));
        requests.add(request(codes.get(1), "aa-bb-cc-30-00-05"));
        JsonPath answer = batch(requests).then().statusCode(200).extract().jsonPath();

        assertThat(answer.getList("decisions")).hasSize(5);
        assertThat(answer.getBoolean("decisions[0].firstUse")).isTrue();
        assertThat(answer.getString("decisions[0].voucherId"))
                .isEqualTo(Fixtures.voucher(operator, codes.get(0)).getString("id"));
        assertThat(answer.getString("decisions[1].reason")).as("an empty code").isEqualTo("unknown");
        assertThat(answer.getString("decisions[2].reason")).as("another organization's code").isEqualTo("unknown");
        assertThat(answer.getString("decisions[2].voucherId")).isNull();
        assertThat(answer.getString("decisions[3].reason")).isEqualTo("wrong-site");
        assertThat(answer.getBoolean("decisions[4].firstUse")).isTrue();
        assertThat(answer.getString("decisions[4].voucherId"))
                .isEqualTo(Fixtures.voucher(operator, codes.get(1)).getString("id"));
        assertThat(Fixtures.voucher(operator, codes.get(1)).getString("state")).isEqualTo("ACTIVE");
    }

    @Test
    void onlyRouterGatewaysTokenOpensIt() {
        List<Map<String, Object>> requests = List.of(request("ABCDEFGHJK", "aa-bb-cc-30-01-01"));
        RestAssured.given().contentType("application/json").body(Map.of("requests", requests))
                .when().post("/internal/authorize-batch").then().statusCode(401);
        Fixtures.asPortal().body(Map.of("requests", requests))
                .when().post("/internal/authorize-batch").then().statusCode(403);
        RestAssured.given().header(ServiceAuthentication.HEADER, "test-only-some-other-token-0123456789")
                .contentType("application/json").body(Map.of("requests", requests))
                .when().post("/internal/authorize-batch").then().statusCode(401);
        Fixtures.as(operator).body(Map.of("requests", requests))
                .when().post("/internal/authorize-batch").then().statusCode(403);
    }

    @Test
    void twoBatchesRacingForOneVoucherOfOneUserAcceptOneDevice() throws Exception {
        String code = Fixtures.oneCode(operator, Fixtures.profile(operator, Fixtures.plan("one user")));

        // Each batch carries the voucher twice, for devices of its own, next to other logins.
        List<JsonPath> answers = AuthorizationTest.race(2, b -> batch(List.of(
                request(code, String.format("aa-bb-cc-30-02-%d1", b)),
                request("ABCDEFGHJK", "aa-bb-cc-30-02-ff"),
                request(code, String.format("aa-bb-cc-30-02-%d2", b))))
                .then().statusCode(200).extract().jsonPath());

        List<Map<String, Object>> decisions = new ArrayList<>();
        for (JsonPath answer : answers) {
            decisions.add(answer.getMap("decisions[0]"));
            decisions.add(answer.getMap("decisions[2]"));
        }
        assertThat(decisions.stream().filter(d -> Boolean.TRUE.equals(d.get("accept")))).hasSize(1);
        assertThat(decisions.stream().filter(d -> Boolean.TRUE.equals(d.get("firstUse")))).hasSize(1);
        assertThat(decisions.stream().filter(d -> !Boolean.TRUE.equals(d.get("accept"))).map(d -> d.get("reason")))
                .containsOnly("device-limit");
        assertThat(Fixtures.voucher(operator, code).getString("state")).isEqualTo("ACTIVE");
    }

    private Response batch(List<Map<String, Object>> requests) {
        return Fixtures.asService().body(Map.of("requests", requests)).when().post("/internal/authorize-batch");
    }

    private Map<String, Object> request(String code, String mac) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organization);
        body.put("code", code);
        body.put("nasId", "nas-1");
        body.put("site", "site-a");
        body.put("mac", mac);
        body.put("ip", "10.5.50.2");
        body.put("sessionId", "s-" + mac);
        return body;
    }
}
