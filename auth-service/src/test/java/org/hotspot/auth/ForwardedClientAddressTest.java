package org.hotspot.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.hotspot.common.security.Role;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

/**
 * Behind a trusted proxy (loopback in tests) the client is the address that proxy appended to
 * X-Forwarded-For, never the entries before it, which the client wrote itself.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class ForwardedClientAddressTest {

    @Test
    void aClientCannotDodgeItsDelaysByWritingAnotherAddressInFrontOfTheOneTheProxyAppended() {
        String admin = Api.adminToken();
        String username = Api.newOperator(admin, Api.newOrganization(admin), Role.OPERATOR);
        String realAddress = Api.newAddress();
        for (int i = 0; i < 3; i++) {
            login(username, "guess-" + i, "203.0.113." + (i + 1) + ", " + realAddress).statusCode(401);
        }

        login(username, "guess-3", "203.0.113.99, " + realAddress).statusCode(429);
    }

    private static ValidatableResponse login(String username, String password, String forwardedFor) {
        return RestAssured.given().header("X-Forwarded-For", forwardedFor)
                .contentType("application/json").body(Map.of("username", username, "password", password))
                .when().post("/api/auth/login").then();
    }
}
