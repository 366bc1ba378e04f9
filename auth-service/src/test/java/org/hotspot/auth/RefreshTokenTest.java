package org.hotspot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.hotspot.common.security.Role;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithKafkaRedisAndMongo
class RefreshTokenTest {

    @Test
    void eachRefreshRotatesTheRefreshToken() {
        String first = login().getString("refreshToken");

        JsonPath second = refresh(first).statusCode(200).extract().jsonPath();

        assertThat(second.getString("refreshToken")).isNotEqualTo(first);
        assertThat(second.getString("accessToken")).isNotBlank();
        refresh(second.getString("refreshToken")).statusCode(200);
    }

    @Test
    void reusingAnOldRefreshTokenRevokesTheWholeFamily() {
        String stolen = login().getString("refreshToken");
        String legitimate = refresh(stolen).statusCode(200).extract().path("refreshToken");

        refresh(stolen).statusCode(401).contentType("application/problem+json")
                .body("type", is("/problems/invalid-refresh-token"));

        refresh(legitimate).statusCode(401).body("type", is("/problems/invalid-refresh-token"));
    }

    @Test
    void logoutRevokesTheSession() {
        String token = login().getString("refreshToken");

        Api.from(Api.newAddress()).body(Map.of("refreshToken", token)).when().post("/api/auth/logout")
                .then().statusCode(204);

        refresh(token).statusCode(401);
    }

    @Test
    void aPasswordResetEndsTheOperatorsSessions() {
        String admin = Api.adminToken();
        String organization = Api.newOrganization(admin);
        String username = Api.newOperator(admin, organization, Role.OPERATOR);
        String refreshToken = Api.login(username, Api.PASSWORD, null, Api.newAddress()).statusCode(200)
                .extract().path("refreshToken");

        Api.as(admin).body(Map.of("password", "a-brand-new-password-7"))
                .when().put("/api/operators/" + LoginTest.idOfIn(admin, organization, username) + "/password")
                .then().statusCode(200);

        refresh(refreshToken).statusCode(401);
        Api.login(username, "a-brand-new-password-7", null, Api.newAddress()).statusCode(200);
    }

    @Test
    void anUnknownRefreshTokenIsRefusedAndLogoutRevealsNothing() {
        refresh("made-up-token").statusCode(401);
        Api.from(Api.newAddress()).body(Map.of("refreshToken", "made-up-token")).when().post("/api/auth/logout")
                .then().statusCode(204);
    }

    private static JsonPath login() {
        return Api.login("admin", Api.ADMIN_PASSWORD, null, Api.newAddress()).statusCode(200).extract().jsonPath();
    }

    private static ValidatableResponse refresh(String token) {
        return Api.from(Api.newAddress()).body(Map.of("refreshToken", token)).when().post("/api/auth/refresh")
                .then();
    }
}
