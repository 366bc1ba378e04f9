package org.hotspot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.hotspot.auth.service.SigningKeys;
import org.hotspot.common.security.Role;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithKafkaRedisAndMongo
class LoginTest {

    @Inject
    SigningKeys keys;

    @Test
    void theBootstrapAdminLogsInAndGetsAnRs256AccessTokenWithEveryClaim() {
        JsonPath body = Api.login("admin", Api.ADMIN_PASSWORD, null, Api.newAddress())
                .statusCode(200)
                .body("tokenType", is("Bearer"))
                .body("expiresIn", is(600))
                .body("refreshToken", notNullValue())
                .extract().jsonPath();

        String[] parts = body.getString("accessToken").split("\\.");
        JsonPath header = new JsonPath(decode(parts[0]));
        JsonPath claims = new JsonPath(decode(parts[1]));
        assertThat(header.getString("alg")).isEqualTo("RS256");
        assertThat(header.getString("kid")).isEqualTo(keys.current().kid());
        assertThat(claims.getString("iss")).isEqualTo("hotspot-auth");
        assertThat(claims.getString("aud")).contains("hotspot");
        assertThat(claims.getString("upn")).isEqualTo("admin");
        assertThat(claims.getList("groups")).containsExactly("PLATFORM_ADMIN");
        assertThat(claims.getString("organizationId")).isEqualTo("platform");
        assertThat(claims.getString("jti")).isNotBlank();
        assertThat(claims.getLong("exp") - claims.getLong("iat")).isEqualTo(600);
    }

    @Test
    void usernamesAreCaseInsensitive() {
        Api.login("  ADMIN ", Api.ADMIN_PASSWORD, null, Api.newAddress()).statusCode(200);
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        String unknown = Api.login("nobody-here", "whatever-password-1", null, Api.newAddress())
                .statusCode(401).contentType("application/problem+json")
                .body("type", is("/problems/invalid-credentials"))
                .extract().path("detail");
        String wrong = Api.login("admin", "not-the-password-1", null, Api.newAddress())
                .statusCode(401).contentType("application/problem+json")
                .body("type", is("/problems/invalid-credentials"))
                .extract().path("detail");

        assertThat(unknown).isEqualTo(wrong);
    }

    @Test
    void aDisabledOperatorCannotLogIn() {
        String admin = Api.adminToken();
        String organization = Api.newOrganization(admin);
        String username = Api.newOperator(admin, organization, Role.OPERATOR);
        Api.accessToken(username, Api.PASSWORD);

        Api.as(admin).when().post("/api/operators/" + idOfIn(admin, organization, username) + "/disable")
                .then().statusCode(200).body("disabled", is(true));

        Api.login(username, Api.PASSWORD, null, Api.newAddress()).statusCode(401)
                .body("type", is("/problems/invalid-credentials"));
    }

    @Test
    void aMissingOrMalformedBodyIsA400Problem() {
        Api.from(Api.newAddress()).body(Map.of("username", "admin")).when().post("/api/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("/problems/validation"))
                .body("violations[0].field", is("password"));
        Api.from(Api.newAddress()).body("{\"username\":").when().post("/api/auth/login")
                .then().statusCode(400).contentType("application/problem+json");
    }

    static String idOfIn(String admin, String organization, String username) {
        return Api.as(admin).queryParam("organizationId", organization).when().get("/api/operators")
                .then().statusCode(200)
                .extract().jsonPath().param("u", username).getString("find { it.username == u }.id");
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
