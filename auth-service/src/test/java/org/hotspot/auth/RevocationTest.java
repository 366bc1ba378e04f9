package org.hotspot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.hotspot.auth.service.SigningKeys;
import org.hotspot.common.security.Claims;
import org.hotspot.common.security.Role;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

/**
 * A revoked access token stops working at once, not when it expires: disabling the operator,
 * logging out, changing or resetting the password. Tokens of an implausible age are refused, and
 * handing out a way in (a new operator, a reset) needs an admin who logged in lately.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class RevocationTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    @Inject
    SigningKeys keys;

    @Test
    void aDisabledOperatorsTokenIsRefusedWithinFiveSeconds() {
        String admin = Api.adminToken();
        String organization = Api.newOrganization(admin);
        String orgAdmin = Api.accessToken(Api.newOperator(admin, organization, Role.ORG_ADMIN), Api.PASSWORD);
        String operator = Api.newOperator(admin, organization, Role.ORG_ADMIN);
        String token = Api.accessToken(operator, Api.PASSWORD);
        Api.as(token).when().get("/api/operators/me").then().statusCode(200);

        Api.as(orgAdmin).when().post("/api/operators/{id}/disable", Api.idOf(orgAdmin, operator))
                .then().statusCode(200);

        assertRevokedWithin(token);
        // The disabled admin cannot plant a backdoor either.
        Api.as(token).body(Map.of("username", "backdoor-" + UUID.randomUUID(), "password", Api.PASSWORD,
                "role", "ORG_ADMIN"))
                .when().post("/api/operators")
                .then().statusCode(401);
    }

    @Test
    void logoutVoidsTheAccessTokenAndANewLoginWorksAtOnce() {
        String operator = Api.newOperator(Api.adminToken(), Api.newOrganization(Api.adminToken()), Role.OPERATOR);
        JsonPath session =
                Api.login(operator, Api.PASSWORD, null, Api.newAddress()).statusCode(200).extract().jsonPath();
        String token = session.getString("accessToken");
        Api.as(token).when().get("/api/operators/me").then().statusCode(200);

        Api.from(Api.newAddress()).body(Map.of("refreshToken", session.getString("refreshToken")))
                .when().post("/api/auth/logout")
                .then().statusCode(204);

        assertRevokedWithin(token);
        Api.as(Api.accessToken(operator, Api.PASSWORD)).when().get("/api/operators/me").then().statusCode(200);
    }

    @Test
    void aPasswordChangeVoidsTheOldAccessToken() {
        String operator = Api.newOperator(Api.adminToken(), Api.newOrganization(Api.adminToken()), Role.RESELLER);
        String token = Api.accessToken(operator, Api.PASSWORD);
        String newPassword = "another-passphrase-" + UUID.randomUUID();

        Api.as(token).body(Map.of("currentPassword", Api.PASSWORD, "newPassword", newPassword))
                .when().put("/api/operators/me/password")
                .then().statusCode(204);

        assertRevokedWithin(token);
        Api.as(Api.accessToken(operator, newPassword)).when().get("/api/operators/me").then().statusCode(200);
    }

    @Test
    void tokensOfAnImplausibleAgeAreRefused() {
        Instant now = Instant.now();
        String organization = "org-" + UUID.randomUUID();
        // The same token with a sane age is accepted: only the age makes the difference below.
        Api.as(sign(claims(organization).issuedAt(now).expiresAt(now.plusSeconds(600))))
                .when().get("/api/operators").then().statusCode(200);

        refused(sign(claims(organization).issuedAt(now).expiresAt(now.plus(Duration.ofDays(3650)))));
        refused(sign(claims(organization).issuedAt(now.plusSeconds(3600)).expiresAt(now.plusSeconds(4000))));
        refused(signRaw("{\"iss\":\"hotspot-auth\",\"aud\":\"hotspot\",\"sub\":\"" + UUID.randomUUID()
                + "\",\"upn\":\"tester\",\"groups\":[\"ORG_ADMIN\"],\"organizationId\":\"" + organization
                + "\",\"exp\":" + (now.getEpochSecond() + 600) + "}"));
    }

    @Test
    void creatingAnOperatorNeedsARecentLogin() {
        String admin = Api.adminToken();
        String organization = Api.newOrganization(admin);
        String orgAdmin = Api.newOperator(admin, organization, Role.ORG_ADMIN);
        String freshLogin = Api.accessToken(orgAdmin, Api.PASSWORD);
        String orgAdminId = Api.idOf(freshLogin, orgAdmin);
        Map<String, Object> backdoor = Map.of("username", "backdoor-" + UUID.randomUUID(), "password", Api.PASSWORD,
                "role", "ORG_ADMIN");
        Instant now = Instant.now();
        String loggedInAnHourAgo = sign(claims(organization).subject(orgAdminId).upn(orgAdmin)
                .claim(Claims.AUTH_TIME, now.minusSeconds(3600).getEpochSecond()).issuedAt(now)
                .expiresAt(now.plusSeconds(600)));
        String neverSaid = sign(claims(organization).subject(orgAdminId).upn(orgAdmin)
                .issuedAt(now).expiresAt(now.plusSeconds(600)));

        for (String stale : new String[] {loggedInAnHourAgo, neverSaid}) {
            Api.as(stale).body(backdoor).when().post("/api/operators")
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("type", is("/problems/reauthentication-required"));
        }
        String target = Api.idOf(freshLogin, Api.newOperator(admin, organization, Role.OPERATOR));
        Api.as(loggedInAnHourAgo).body(Map.of("password", "a-reset-passphrase-0042"))
                .when().put("/api/operators/{id}/password", target)
                .then().statusCode(401).body("type", is("/problems/reauthentication-required"));
        Api.as(loggedInAnHourAgo).when().delete("/api/operators/{id}/totp", target)
                .then().statusCode(401).body("type", is("/problems/reauthentication-required"));

        Api.as(freshLogin).body(backdoor).when().post("/api/operators")
                .then().statusCode(201);
    }

    @Test
    void promotingNeedsARecentLoginAndEveryRoleChangeVoidsTheTargetsToken() {
        String admin = Api.adminToken();
        String organization = Api.newOrganization(admin);
        String orgAdmin = Api.newOperator(admin, organization, Role.ORG_ADMIN);
        String freshLogin = Api.accessToken(orgAdmin, Api.PASSWORD);
        String operator = Api.newOperator(admin, organization, Role.OPERATOR);
        String operatorId = Api.idOf(freshLogin, operator);
        Instant now = Instant.now();
        String loggedInAnHourAgo = sign(claims(organization).subject(Api.idOf(freshLogin, orgAdmin)).upn(orgAdmin)
                .claim(Claims.AUTH_TIME, now.minusSeconds(3600).getEpochSecond()).issuedAt(now)
                .expiresAt(now.plusSeconds(600)));
        String platformAdminAnHourAgo = sign(claims(organization).groups(Role.PLATFORM_ADMIN.name())
                .claim(Claims.AUTH_TIME, now.minusSeconds(3600).getEpochSecond()).issuedAt(now)
                .expiresAt(now.plusSeconds(600)));

        Api.as(loggedInAnHourAgo).body(Map.of("role", "ORG_ADMIN")).when().put("/api/operators/{id}/role", operatorId)
                .then().statusCode(401).body("type", is("/problems/reauthentication-required"));
        Api.as(platformAdminAnHourAgo).body(Map.of("role", "PLATFORM_ADMIN"))
                .when().put("/api/operators/{id}/role", operatorId)
                .then().statusCode(401).body("type", is("/problems/reauthentication-required"));
        Api.as(freshLogin).body(Map.of("role", "ORG_ADMIN")).when().put("/api/operators/{id}/role", operatorId)
                .then().statusCode(200).body("role", is("ORG_ADMIN"));

        String promoted = Api.accessToken(operator, Api.PASSWORD);
        Api.as(promoted).when().get("/api/operators").then().statusCode(200);
        // Taking power away needs no fresh login, and the demoted admin's token stops at once.
        Api.as(loggedInAnHourAgo).body(Map.of("role", "VIEWER")).when().put("/api/operators/{id}/role", operatorId)
                .then().statusCode(200).body("role", is("VIEWER"));
        assertRevokedWithin(promoted);
    }

    @Test
    void aRefreshKeepsTheTimeOfTheLogin() {
        String operator = Api.newOperator(Api.adminToken(), Api.newOrganization(Api.adminToken()), Role.OPERATOR);
        JsonPath session =
                Api.login(operator, Api.PASSWORD, null, Api.newAddress()).statusCode(200).extract().jsonPath();
        long authTime = claimsOf(session.getString("accessToken")).getLong(Claims.AUTH_TIME);
        assertThat(authTime).isCloseTo(Instant.now().getEpochSecond(), Offset.offset(30L));

        String refreshed = Api.from(Api.newAddress()).body(Map.of("refreshToken", session.getString("refreshToken")))
                .when().post("/api/auth/refresh")
                .then().statusCode(200).extract().path("accessToken");

        assertThat(claimsOf(refreshed).getLong(Claims.AUTH_TIME)).isEqualTo(authTime);
    }

    private static void assertRevokedWithin(String token) {
        await("token refused").atMost(WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> Api.as(token).when().get("/api/operators/me").statusCode() == 401);
        Api.as(token).when().get("/api/operators/me")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", is("/problems/token-revoked"));
    }

    private static void refused(String token) {
        Api.as(token).when().get("/api/operators")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static JwtClaimsBuilder claims(String organization) {
        return Jwt.issuer("hotspot-auth").audience("hotspot").subject(UUID.randomUUID().toString()).upn("tester")
                .groups(Role.ORG_ADMIN.name()).claim(Claims.ORGANIZATION, organization);
    }

    private String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId(keys.current().kid()).sign(keys.current().privateKey());
    }

    /** Signed as is: smallrye's builder would add the iat this token must lack. */
    private String signRaw(String claimsJson) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claimsJson);
            jws.setAlgorithmHeaderValue("RS256");
            jws.setKeyIdHeaderValue(keys.current().kid());
            jws.setHeader("typ", "JWT");
            jws.setKey(keys.current().privateKey());
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath claimsOf(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
