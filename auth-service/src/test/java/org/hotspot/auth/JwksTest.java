package org.hotspot.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hotspot.auth.service.SigningKeys;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.Test;

/**
 * The JWKS that every other service fetches: served over HTTP, and a token signed with auth-service's
 * key verifies against it with the same verifier the services use, while forged ones do not.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class JwksTest {

    @Inject
    SigningKeys signingKeys;

    @Test
    void publishesTheCurrentPublicKeyForRs256() throws Exception {
        String body = given().when().get("/.well-known/jwks.json")
                .then().statusCode(200).contentType("application/json")
                .extract().asString();

        JsonWebKeySet set = new JsonWebKeySet(body);
        assertThat(set.getJsonWebKeys()).as("current and next, maybe previous").hasSizeBetween(2, 3);
        RsaJsonWebKey key = (RsaJsonWebKey) set.findJsonWebKey(signingKeys.current().kid(), "RSA", "sig", "RS256");
        assertThat(key.getKeyId()).isEqualTo(signingKeys.current().kid());
        assertThat(key.getAlgorithm()).isEqualTo("RS256");
        assertThat(key.getUse()).isEqualTo("sig");
        assertThat(key.getRsaPublicKey()).isEqualTo(signingKeys.current().publicKey());
        assertThat(body).doesNotContain("\"d\"").doesNotContain("\"p\"");
    }

    @Test
    void aTokenSignedWithTheKeyVerifiesAgainstThePublishedJwks() throws Exception {
        String token = Jwt.issuer("hotspot-auth").audience("hotspot").upn("alice").groups("OPERATOR")
                .claim("org", "org-1").jws().keyId(signingKeys.current().kid())
                .sign(signingKeys.current().privateKey());

        JsonWebToken jwt = parser().parse(token, context());

        assertThat(jwt.getName()).isEqualTo("alice");
        assertThat(jwt.getGroups()).containsExactly("OPERATOR");
    }

    @Test
    void forgedSymmetricUnsignedAndForeignTokensAreRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer("hotspot-auth").audience("hotspot").upn("mallory")
                .jws().keyId(signingKeys.current().kid()).sign(generator.generateKeyPair().getPrivate());
        String symmetric = Jwt.issuer("hotspot-auth").audience("hotspot").upn("mallory")
                .signWithSecret("an-hmac-secret-an-hmac-secret-an-hmac-secret");
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        String noneUnsigned = base64url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes())
                + "." + base64url.encodeToString(("{\"iss\":\"hotspot-auth\",\"aud\":\"hotspot\",\"upn\":\"mallory\","
                        + "\"exp\":" + (System.currentTimeMillis() / 1000 + 600) + "}").getBytes())
                + ".";
        String wrongIssuer = Jwt.issuer("someone-else").audience("hotspot").upn("mallory")
                .jws().keyId(signingKeys.current().kid()).sign(signingKeys.current().privateKey());

        for (String token : new String[] {forged, symmetric, noneUnsigned, wrongIssuer}) {
            assertThatThrownBy(() -> parser().parse(token, context())).isInstanceOf(ParseException.class);
        }
    }

    private static DefaultJWTParser parser() {
        return new DefaultJWTParser();
    }

    private static JWTAuthContextInfo context() {
        String jwks = "http://127.0.0.1:" + RestAssured.port + "/.well-known/jwks.json";
        JWTAuthContextInfo context = new JWTAuthContextInfo(jwks, "hotspot-auth");
        context.setExpectedAudience(Set.of("hotspot"));
        return context;
    }
}
