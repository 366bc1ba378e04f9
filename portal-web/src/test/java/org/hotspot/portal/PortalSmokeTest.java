package org.hotspot.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.hotspot.testing.Management;
import org.hotspot.testing.ServiceSmokeTest;
import org.hotspot.testing.WithKafkaAndRedis;
import org.junit.jupiter.api.Test;

/**
 * portal-web boots and passes the common smoke checks (the Kafka and Redis ones are the tests'
 * own clients: portal-web itself uses no data store, and its readiness names none).
 */
@QuarkusTest
@WithKafkaAndRedis
class PortalSmokeTest extends ServiceSmokeTest {

    @Override
    protected List<String> expectedReadinessChecks() {
        return List.of();
    }

    @Test
    void readinessDependsOnNoDataStore() {
        List<String> names = Management.given().when().get("/q/health/ready")
                .then().statusCode(200).extract().jsonPath().getList("checks.name");
        assertThat(names).as("portal-web's readiness checks")
                .noneMatch(name -> name.matches("(?i).*(redis|kafka|mongo).*"));
    }

    /** Internal endpoints answer service tokens only, on the backends; the public front never passes them on. */
    @Test
    void internalEndpointsAreNotServedOrProxied() {
        for (String path : List.of("/internal/authorize", "/internal/voucher-id", "/internal/qr/some-token",
                "/internal/operators/org/admin", "/internal/organizations/org")) {
            given().header("X-Hotspot-Service-Token", "x".repeat(40)).when().get(path)
                    .then().statusCode(404).contentType("application/problem+json");
            given().contentType("application/json").body("{}").when().post(path)
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }
}
