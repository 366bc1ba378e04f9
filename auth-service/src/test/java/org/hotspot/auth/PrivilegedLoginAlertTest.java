package org.hotspot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotspot.common.security.Role;
import org.hotspot.testing.Management;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

/**
 * Failed logins on admin accounts are counted by role (never by username) and raise one audit
 * alert per account and interval, however many guesses an attack makes.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class PrivilegedLoginAlertTest {

    @Test
    void guessesAtAnOrgAdminMoveTheMetricAndRaiseOneAuditAlert() {
        String platform = Api.adminToken();
        String organization = Api.newOrganization(platform);
        String orgAdmin = Api.newOperator(platform, organization, Role.ORG_ADMIN);
        String colleague = Api.accessToken(Api.newOperator(platform, organization, Role.ORG_ADMIN), Api.PASSWORD);
        double failuresBefore = metric("hotspot_auth_login_privileged_failures_total", "ORG_ADMIN");
        double alertsBefore = metric("hotspot_auth_login_alerts_total", "ORG_ADMIN");

        for (int i = 0; i < 4; i++) {
            Api.login(orgAdmin, "guess-" + i, null, Api.newAddress()).statusCode(401);
        }

        assertThat(metric("hotspot_auth_login_privileged_failures_total", "ORG_ADMIN") - failuresBefore)
                .isEqualTo(4.0);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(metric("hotspot_auth_login_alerts_total", "ORG_ADMIN") - alertsBefore).isEqualTo(1.0));
        assertThat(Management.given().when().get("/q/metrics").then().extract().asString()).doesNotContain(orgAdmin);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            List<Map<String, Object>> alerts = Api.as(colleague)
                    .queryParam("action", "LOGIN_ATTACK_SUSPECTED").queryParam("size", 100)
                    .when().get("/api/audit")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            assertThat(alerts).hasSize(1);
            assertThat(alerts.get(0)).containsEntry("result", "FAILURE");
            assertThat(String.valueOf(alerts.get(0).get("detail"))).contains(orgAdmin);
        });
    }

    @Test
    void anOperatorAccountPastTheFailureThresholdRaisesAnAlertToo() {
        String platform = Api.adminToken();
        String operator = Api.newOperator(platform, Api.newOrganization(platform), Role.OPERATOR);
        double alertsBefore = metric("hotspot_auth_login_alerts_total", "OPERATOR");

        for (int i = 0; i < 2; i++) {
            Api.login(operator, "guess-" + i, null, Api.newAddress()).statusCode(401);
        }
        assertThat(metric("hotspot_auth_login_alerts_total", "OPERATOR") - alertsBefore).isZero();
        for (int i = 2; i < 6; i++) {
            Api.login(operator, "guess-" + i, null, Api.newAddress()).statusCode(401);
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(metric("hotspot_auth_login_alerts_total", "OPERATOR") - alertsBefore).isEqualTo(1.0));
    }

    /** The counter's value for the role; zero while it was never incremented. */
    private static double metric(String name, String role) {
        String metrics = Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("(?m)^" + name + "\\{[^}]*role=\"" + role + "\"[^}]*\\} ([0-9.eE+-]+)$")
                .matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0.0;
    }
}
