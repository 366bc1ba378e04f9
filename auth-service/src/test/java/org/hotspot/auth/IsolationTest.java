package org.hotspot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.hotspot.common.security.Role;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An admin of one organization can read, change or delete nothing of another: it all looks absent. */
@QuarkusTest
@WithKafkaRedisAndMongo
class IsolationTest {

    private String orgA;
    private String orgB;
    private String adminA;
    private String operatorB;

    @BeforeEach
    void twoOrganizations() {
        String platform = Api.adminToken();
        orgA = Api.newOrganization(platform);
        orgB = Api.newOrganization(platform);
        adminA = Api.accessToken(Api.newOperator(platform, orgA, Role.ORG_ADMIN), Api.PASSWORD);
        operatorB = LoginTest.idOfIn(platform, orgB, Api.newOperator(platform, orgB, Role.OPERATOR));
    }

    @Test
    void anotherOrganizationsOperatorIsNotFoundForEveryAction() {
        Api.as(adminA).when().get("/api/operators/" + operatorB).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(adminA).when().post("/api/operators/" + operatorB + "/disable").then().statusCode(404);
        Api.as(adminA).when().post("/api/operators/" + operatorB + "/enable").then().statusCode(404);
        Api.as(adminA).body(Map.of("role", "ORG_ADMIN")).when().put("/api/operators/" + operatorB + "/role")
                .then().statusCode(404);
        Api.as(adminA).body(Map.of("password", "hijacked-password-123")).when()
                .put("/api/operators/" + operatorB + "/password").then().statusCode(404);

        String platform = Api.adminToken();
        Api.as(platform).when().get("/api/operators/" + operatorB).then().statusCode(200)
                .body("disabled", is(false)).body("role", is("OPERATOR"));
    }

    @Test
    void anotherOrganizationIsNotFoundAndNotListed() {
        Api.as(adminA).when().get("/api/organizations/" + orgB).then().statusCode(404);
        Api.as(adminA).body(Map.of("name", "Taken over", "requireTotp", true)).when()
                .put("/api/organizations/" + orgB).then().statusCode(404);

        List<String> visible = Api.as(adminA).when().get("/api/organizations").then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertThat(visible).containsExactly(orgA);
    }

    @Test
    void operatorsCannotBeCreatedOrListedInAnotherOrganization() {
        Api.as(adminA).body(Map.of("username", "intruder-" + System.nanoTime(), "password", Api.PASSWORD,
                "role", "OPERATOR", "organizationId", orgB))
                .when().post("/api/operators").then().statusCode(404);
        Api.as(adminA).queryParam("organizationId", orgB).when().get("/api/operators").then().statusCode(404);

        List<String> listed = Api.as(adminA).when().get("/api/operators").then().statusCode(200)
                .extract().jsonPath().getList("organizationId");
        assertThat(listed).isNotEmpty().containsOnly(orgA);
    }

    @Test
    void anOrgAdminCannotGrantOrTouchThePlatformAdminRole() {
        String own = LoginTest.idOfIn(Api.adminToken(), orgA,
                Api.newOperator(Api.adminToken(), orgA, Role.VIEWER));
        Api.as(adminA).body(Map.of("role", "PLATFORM_ADMIN")).when().put("/api/operators/" + own + "/role")
                .then().statusCode(403);
        Api.as(adminA).body(Map.of("username", "sneaky-" + System.nanoTime(), "password", Api.PASSWORD,
                "role", "PLATFORM_ADMIN")).when().post("/api/operators").then().statusCode(403);
    }
}
