package org.hotspot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.hotspot.common.security.Role;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

/** Every operator, a reseller included, changes their own password by proving the current one. */
@QuarkusTest
@WithKafkaRedisAndMongo
class OwnPasswordTest {

    private static final String NEW_PASSWORD = "a-brand-new-passphrase-42";

    @Test
    void aResellerChangesTheirPasswordAndEverySessionEnds() {
        String admin = Api.adminToken();
        String organization = Api.newOrganization(admin);
        String reseller = Api.newOperator(admin, organization, Role.RESELLER);
        String orgAdmin = Api.newOperator(admin, organization, Role.ORG_ADMIN);
        String refreshToken = Api.login(reseller, Api.PASSWORD, null, Api.newAddress())
                .statusCode(200).extract().path("refreshToken");
        String access = Api.accessToken(reseller, Api.PASSWORD);

        Api.as(access).body(Map.of("currentPassword", Api.PASSWORD, "newPassword", NEW_PASSWORD))
                .when().put("/api/operators/me/password")
                .then().statusCode(204);

        Api.login(reseller, Api.PASSWORD, null, Api.newAddress()).statusCode(401);
        Api.login(reseller, NEW_PASSWORD, null, Api.newAddress()).statusCode(200);
        Api.from(Api.newAddress()).body(Map.of("refreshToken", refreshToken))
                .when().post("/api/auth/refresh")
                .then().statusCode(401).body("type", is("/problems/invalid-refresh-token"));
        String auditor = Api.accessToken(orgAdmin, Api.PASSWORD);
        await().atMost(AuditPages.ARRIVAL).untilAsserted(() -> assertThat(AuditPages.get(auditor,
                Map.of("action", "PASSWORD_CHANGED", "actor", reseller)).getList("items.result"))
                .containsExactly("SUCCESS"));
    }

    @Test
    void theCurrentPasswordMustBeRightAndTheNewOneAcceptable() {
        String admin = Api.adminToken();
        String operator = Api.newOperator(admin, Api.newOrganization(admin), Role.OPERATOR);
        String access = Api.accessToken(operator, Api.PASSWORD);

        Api.as(access).body(Map.of("currentPassword", "not-my-password-at-all", "newPassword", NEW_PASSWORD))
                .when().put("/api/operators/me/password")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("/problems/wrong-current-password"))
                .body("violations[0].field", is("currentPassword"));
        Api.as(access).body(Map.of("currentPassword", Api.PASSWORD, "newPassword", "short"))
                .when().put("/api/operators/me/password")
                .then().statusCode(400).body("type", is("/problems/weak-password"));
        Api.as(access).body(Map.of("currentPassword", Api.PASSWORD, "newPassword", Api.PASSWORD))
                .when().put("/api/operators/me/password")
                .then().statusCode(400).body("type", is("/problems/weak-password"));

        Api.login(operator, Api.PASSWORD, null, Api.newAddress()).statusCode(200);
    }
}
