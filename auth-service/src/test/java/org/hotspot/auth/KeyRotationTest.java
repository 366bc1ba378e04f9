package org.hotspot.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

/** Rotating the signing key on command logs nobody out. */
@QuarkusTest
@WithKafkaRedisAndMongo
class KeyRotationTest {

    @Test
    void tokensFromBeforeAndAfterARotationAreBothAccepted() {
        String before = Api.adminToken();
        List<String> publishedBefore = kids();

        String kid = Api.as(before).when().post("/api/auth/keys/rotate")
                .then().statusCode(200).extract().path("kid");
        String after = Api.adminToken();

        assertThat(publishedBefore).as("the new key was published before it signed").contains(kid);
        assertThat(kids()).contains(kid);
        Api.as(before).when().get("/api/operators/me").then().statusCode(200);
        Api.as(after).when().get("/api/operators/me").then().statusCode(200);
    }

    private static List<String> kids() {
        return given().when().get("/.well-known/jwks.json").then().statusCode(200)
                .extract().jsonPath().getList("keys.kid");
    }
}
