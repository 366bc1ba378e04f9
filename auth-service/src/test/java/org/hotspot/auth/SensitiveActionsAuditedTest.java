package org.hotspot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hotspot.common.security.Role;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

/**
 * Logins, failed logins and operator changes leave audit entries, published through the real
 * broker and queryable by the organization's admin.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class SensitiveActionsAuditedTest {

    @Test
    void loginsFailuresAndOperatorChangesAreAudited() {
        String platform = Api.adminToken();
        String organization = Api.newOrganization(platform);
        String orgAdminName = Api.newOperator(platform, organization, Role.ORG_ADMIN);
        String orgAdmin = Api.accessToken(orgAdminName, Api.PASSWORD);
        String operator = Api.newOperator(orgAdmin, organization, Role.OPERATOR);
        String operatorId = Api.idOf(orgAdmin, operator);
        Api.as(orgAdmin).body(Map.of("role", "VIEWER")).when().put("/api/operators/" + operatorId + "/role")
                .then().statusCode(200);
        Api.as(orgAdmin).when().post("/api/operators/" + operatorId + "/disable").then().statusCode(200);
        Api.login(operator, "a-wrong-password", null, Api.newAddress()).statusCode(401);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            List<Map<String, Object>> items = Api.as(orgAdmin).queryParam("size", 100).when().get("/api/audit")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            assertThat(items)
                    .extracting(item -> item.get("action") + " " + item.get("actor") + " " + item.get("result"))
                    .contains(
                            "OPERATOR_CREATED admin SUCCESS",
                            "LOGIN_SUCCEEDED " + orgAdminName + " SUCCESS",
                            "OPERATOR_CREATED " + orgAdminName + " SUCCESS",
                            "ROLE_CHANGED " + orgAdminName + " SUCCESS",
                            "OPERATOR_DISABLED " + orgAdminName + " SUCCESS",
                            "LOGIN_FAILED " + operator + " FAILURE");
            assertThat(items).filteredOn(item -> "ROLE_CHANGED".equals(item.get("action")))
                    .extracting(item -> item.get("detail")).containsExactly("OPERATOR -> VIEWER");
        });
    }
}
