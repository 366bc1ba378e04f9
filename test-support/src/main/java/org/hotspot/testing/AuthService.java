package org.hotspot.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * The real auth-service, running for a test: log in to get genuine tokens, or sign tokens with its
 * own key to build the bad ones a service must refuse (expired, wrong issuer or audience).
 *
 * @param url           its base URL
 * @param adminPassword the bootstrap platform admin's password
 * @param keyDir        its signing key directory
 */
public record AuthService(String url, String adminPassword, Path keyDir) {

    /** A genuine access token of the platform admin, from {@code POST /api/auth/login}. */
    public String adminAccessToken() {
        return given().baseUri(url).contentType("application/json")
                .body(Map.of("username", "admin", "password", adminPassword))
                .when().post("/api/auth/login")
                .then().statusCode(200)
                .extract().path("accessToken");
    }

    /** A new organization with this name and language, created by the platform admin; its id. */
    public String newOrganization(String name, String language) {
        return given().baseUri(url).contentType("application/json").auth().oauth2(adminAccessToken())
                .body(Map.of("name", name, "requireTotp", false, "language", language))
                .when().post("/api/organizations")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A new organization, created by the platform admin; its id. */
    public String newOrganization() {
        return given().baseUri(url).contentType("application/json").auth().oauth2(adminAccessToken())
                .body(Map.of("name", "ISP " + UUID.randomUUID(), "requireTotp", false))
                .when().post("/api/organizations")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A genuine access token of a new operator with the role in the organization. */
    public String tokenFor(String organizationId, String role) {
        return newOperator(organizationId, role).accessToken();
    }

    /** An operator just created and logged in: their password, and the session's tokens. */
    public record Operator(String username, String password, String accessToken, String refreshToken) {
    }

    /** A new operator with the role in the organization, logged in. */
    public Operator newOperator(String organizationId, String role) {
        String username = role.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID();
        String password = "operator-password-" + UUID.randomUUID();
        given().baseUri(url).contentType("application/json").auth().oauth2(adminAccessToken())
                .body(Map.of("username", username, "password", password, "role", role,
                        "organizationId", organizationId))
                .when().post("/api/operators")
                .then().statusCode(201);
        JsonPath session = given().baseUri(url).contentType("application/json")
                .body(Map.of("username", username, "password", password))
                .when().post("/api/auth/login")
                .then().statusCode(200)
                .extract().jsonPath();
        return new Operator(username, password, session.getString("accessToken"), session.getString("refreshToken"));
    }

    /** Disables the operator, as an admin of theirs does ({@code POST /api/operators/{id}/disable}). */
    public void disable(String adminToken, String username) {
        String id = given().baseUri(url).auth().oauth2(adminToken).when().get("/api/operators")
                .then().statusCode(200)
                .extract().jsonPath().param("u", username).getString("find { it.username == u }.id");
        given().baseUri(url).contentType("application/json").auth().oauth2(adminToken)
                .when().post("/api/operators/{id}/disable", id)
                .then().statusCode(200);
    }

    /** Ends the operator's session ({@code POST /api/auth/logout}). */
    public void logout(Operator operator) {
        given().baseUri(url).contentType("application/json").body(Map.of("refreshToken", operator.refreshToken()))
                .when().post("/api/auth/logout")
                .then().statusCode(204);
    }

    /** Claims signed exactly as given, with auth-service's current key: no iat or exp added. */
    public String signRawWithItsKey(String claimsJson) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claimsJson);
            jws.setAlgorithmHeaderValue("RS256");
            jws.setKeyIdHeaderValue(currentKid());
            jws.setHeader("typ", "JWT");
            jws.setKey(privateKey());
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims signed with auth-service's own current key and key id. */
    public String signWithItsKey(JwtClaimsBuilder claims) {
        return claims.jws().keyId(currentKid()).sign(privateKey());
    }

    /** Standard claims as auth-service writes them, ready to be spoiled one at a time. */
    public static JwtClaimsBuilder claims(String issuer, String audience) {
        return Jwt.issuer(issuer).audience(audience).subject("test-operator").upn("tester")
                .groups("ORG_ADMIN").claim("organizationId", "org-test");
    }

    private String currentKid() {
        return given().baseUri(url).when().get("/.well-known/jwks.json")
                .then().statusCode(200)
                .extract().jsonPath().getString("keys[0].kid");
    }

    private PrivateKey privateKey() {
        try {
            String pem = Files.readString(keyDir.resolve("private.pem"), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
