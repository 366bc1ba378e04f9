package org.hotspot.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A service accepts genuine tokens from the real auth-service, verified through its JWKS, and
 * refuses every kind of bad token with a 401 problem; a role it does not allow gets a 403. A
 * service's test class extends this with the Kafka, Redis, MongoDB and auth-service resources.
 */
public abstract class TokenAcceptanceTest {

    private static final String ISSUER = "hotspot-auth";
    private static final String AUDIENCE = "hotspot";

    @InjectAuthService
    AuthService auth;

    @Test
    void aTokenFromAuthServiceIsAccepted() {
        given().auth().oauth2(auth.adminAccessToken()).when().get("/test/caller")
                .then().statusCode(200)
                .body("username", is("admin"))
                .body("role", is("PLATFORM_ADMIN"))
                .body("organizationId", is("platform"));
    }

    @Test
    void aRoleTheEndpointDoesNotAllowIsA403Problem() {
        given().auth().oauth2(auth.adminAccessToken()).when().get("/test/caller/viewer-only")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", is("/problems/forbidden"));
    }

    @Test
    void noTokenIsA401Problem() {
        given().when().get("/test/caller")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", is("/problems/unauthorized"));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = AuthService.claims(ISSUER, AUDIENCE).jws().sign(generator.generateKeyPair().getPrivate());
        refused(forged);
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = encoder.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE
                + "\",\"upn\":\"mallory\",\"groups\":[\"PLATFORM_ADMIN\"],\"organizationId\":\"platform\",\"exp\":"
                + (Instant.now().getEpochSecond() + 600) + "}").getBytes(StandardCharsets.UTF_8));
        refused(header + "." + claims + ".");
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant past = Instant.now().minusSeconds(3600);
        refused(auth
                .signWithItsKey(AuthService.claims(ISSUER, AUDIENCE).issuedAt(past).expiresAt(past.plusSeconds(60))));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        refused(auth.signWithItsKey(AuthService.claims("someone-else", AUDIENCE)));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(auth.signWithItsKey(AuthService.claims(ISSUER, "another-system")));
    }

    @Test
    void aTokenSignedWithAnHmacSecretIsRefused() {
        refused(AuthService.claims(ISSUER, AUDIENCE).signWithSecret("a-shared-secret-a-shared-secret-a-shared"));
    }

    /** The classic key confusion: HS256 with the published RSA public key as the HMAC secret. */
    @Test
    void anHs256TokenKeyedWithThePublishedPublicKeyIsRefused() throws Exception {
        JsonPath jwks = given().baseUri(auth.url()).when().get("/.well-known/jwks.json")
                .then().statusCode(200).extract().jsonPath();
        BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(jwks.getString("keys[0].n")));
        BigInteger exponent = new BigInteger(1, Base64.getUrlDecoder().decode(jwks.getString("keys[0].e")));
        byte[] publicKey = KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(modulus, exponent)).getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(publicKey)
                + "\n-----END PUBLIC KEY-----\n";
        refused(AuthService.claims(ISSUER, AUDIENCE).jws().keyId(jwks.getString("keys[0].kid"))
                .algorithm(SignatureAlgorithm.HS256)
                .sign(new SecretKeySpec(pem.getBytes(StandardCharsets.US_ASCII), "HmacSHA256")));
    }

    @Test
    void aTokenLivingTenYearsIsRefused() {
        Instant now = Instant.now();
        refused(auth.signWithItsKey(AuthService.claims(ISSUER, AUDIENCE).issuedAt(now)
                .expiresAt(now.plus(Duration.ofDays(3650)))));
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        Instant later = Instant.now().plusSeconds(3600);
        refused(auth.signWithItsKey(
                AuthService.claims(ISSUER, AUDIENCE).issuedAt(later).expiresAt(later.plusSeconds(300))));
    }

    @Test
    void aTokenWithoutIssueTimeIsRefused() {
        refused(auth.signRawWithItsKey("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE
                + "\",\"sub\":\"test-operator\",\"upn\":\"tester\",\"groups\":[\"ORG_ADMIN\"],"
                + "\"organizationId\":\"org-test\",\"exp\":" + (Instant.now().getEpochSecond() + 300) + "}"));
    }

    /**
     * auth-service disables the operator; this service refuses their token within 5 s, as it polls the
     * revocations every second (docs/services/auth-service.md#revocation).
     */
    @Test
    void aDisabledOperatorsTokenIsRefusedWithinFiveSeconds() {
        String organization = auth.newOrganization();
        AuthService.Operator admin = auth.newOperator(organization, "ORG_ADMIN");
        AuthService.Operator operator = auth.newOperator(organization, "OPERATOR");
        given().auth().oauth2(operator.accessToken()).when().get("/test/caller").then().statusCode(200);

        auth.disable(admin.accessToken(), operator.username());

        refusedWithinFiveSeconds(operator.accessToken());
    }

    @Test
    void aLoggedOutAccessTokenIsRefusedWithinFiveSeconds() {
        AuthService.Operator operator = auth.newOperator(auth.newOrganization(), "VIEWER");
        given().auth().oauth2(operator.accessToken()).when().get("/test/caller").then().statusCode(200);

        auth.logout(operator);

        refusedWithinFiveSeconds(operator.accessToken());
    }

    private static void refusedWithinFiveSeconds(String token) {
        Awaitility.await("token refused").atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(token).when().get("/test/caller").statusCode() == 401);
        refused(token);
    }

    private static void refused(String token) {
        given().auth().oauth2(token).when().get("/test/caller")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
