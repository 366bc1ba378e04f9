package org.hotspot.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Routers through HTTP: secrets sealed at rest and never returned, one router per address, per organization. */
@QuarkusTest
@WithAuthService
class RouterTest {

    @InjectAuthService
    AuthService auth;

    @Inject
    MongoClient mongo;

    private String organization;
    private String admin;

    @BeforeEach
    void anOrganizationWithAnAdmin() {
        organization = auth.newOrganization();
        admin = auth.tokenFor(organization, "ORG_ADMIN");
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** A router on a fresh address in 10.0.0.0/8, so tests never collide on the global address index. */
    static Map<String, Object> router(String secret) {
        Map<String, Object> body = new HashMap<>();
        int n = Math.floorMod(UUID.randomUUID().hashCode(), 1 << 24);
        body.put("name", "hAP " + n);
        body.put("site", "site-a");
        body.put("nasIdentifier", "hap-" + n);
        body.put("nasIp", "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
        body.put("radiusSecret", secret);
        body.put("apiHost", "192.0.2.1");
        body.put("apiUsername", "api");
        body.put("apiPassword", "router-api-password-42");
        return body;
    }

    @Test
    void secretsAreSealedAtRestAndNeverReturned() {
        String secret = "radius-" + UUID.randomUUID();
        String id = as(admin).body(router(secret)).when().post("/api/routers")
                .then().statusCode(201)
                .body("radiusSecretSet", is(true)).body("apiPasswordSet", is(true))
                .body("requireMessageAuthenticator", is(true)).body("coaPort", is(3799)).body("mode", is("RADIUS"))
                .extract().path("id");

        String listed = as(admin).when().get("/api/routers").then().statusCode(200).extract().asString();
        String fetched = as(admin).when().get("/api/routers/" + id).then().statusCode(200).extract().asString();
        assertThat(listed + fetched).doesNotContain(secret).doesNotContain("router-api-password-42")
                .doesNotContain("sealed");

        Document stored =
                mongo.getDatabase("hotspot-gateway").getCollection("routers").find(Filters.eq("_id", id)).first();
        assertThat(stored.toJson()).doesNotContain(secret).doesNotContain("router-api-password-42");
        assertThat(stored.getString("sealedRadiusSecret")).startsWith("v1:");
        assertThat(stored.getString("sealedApiPassword")).startsWith("v1:");
    }

    @Test
    void anUpdateWithoutSecretsKeepsThem() {
        Map<String, Object> body = router("first-secret-123");
        String id = as(admin).body(body).when().post("/api/routers").then().statusCode(201).extract().path("id");
        String sealed =
                mongo.getDatabase("hotspot-gateway").getCollection("routers").find(Filters.eq("_id", id)).first()
                        .getString("sealedRadiusSecret");

        body.remove("radiusSecret");
        body.remove("apiPassword");
        body.put("name", "renamed");
        body.put("mode", "API");
        as(admin).body(body).when().put("/api/routers/" + id).then().statusCode(200)
                .body("name", is("renamed")).body("mode", is("API")).body("apiPasswordSet", is(true));
        assertThat(mongo.getDatabase("hotspot-gateway").getCollection("routers").find(Filters.eq("_id", id)).first()
                .getString("sealedRadiusSecret")).isEqualTo(sealed);
    }

    @Test
    void anAddressIsOneOrganizationsAndItsRoutersAreToldApartByNasIdentifier() {
        Map<String, Object> body = router("shared-secret-1");
        as(admin).body(body).when().post("/api/routers").then().statusCode(201);
        as(admin).body(body).when().post("/api/routers").then().statusCode(409)
                .contentType("application/problem+json").body("type", is("/problems/router-address-taken"));
        // Behind one NAT address, routers are told apart by NAS-Identifier.
        body.put("nasIdentifier", "second-behind-nat");
        as(admin).body(body).when().post("/api/routers").then().statusCode(201);
        body.put("nasIdentifier", "third-of-another-organization");
        String other = auth.tokenFor(auth.newOrganization(), "ORG_ADMIN");
        as(other).body(body).when().post("/api/routers").then().statusCode(409)
                .contentType("application/problem+json").body("type", is("/problems/address-unavailable"));
    }

    @ParameterizedTest
    @CsvSource({"nasIp,not-an-ip", "nasIp,300.1.1.1", "radiusSecret,short", "coaPort,0", "coaPort,70000",
            "mode,TELNET", "name,''", "hotspotDnsName,'login example'", "hotspotDnsName,http://login.example",
            "hotspotDnsName,login.example/path", "hotspotDnsName,-login.example", "hotspotDnsName,login.example:0",
            "hotspotDnsName,login.example:65536", "hotspotDnsName,\"x.example\"><script>"})
    void invalidRoutersAre400s(String field, String value) {
        Map<String, Object> body = router("good-secret-123");
        body.put(field, value);
        var response = as(admin).body(body).when().post("/api/routers").then().statusCode(400)
                .contentType("application/problem+json");
        if (!field.equals("mode")) {
            response.body("violations.field", hasItem(field));
        }
    }

    @Test
    void theHotspotDnsNameIsKeptLowerCaseChangedAndClearedAndOldRoutersWithoutItStillRead() {
        Map<String, Object> body = router("dns-name-secret-1");
        body.put("hotspotDnsName", "Login.Cafe.Example");
        String id = as(admin).body(body).when().post("/api/routers").then().statusCode(201)
                .body("hotspotDnsName", is("login.cafe.example")).extract().path("id");
        as(admin).when().get("/api/routers/" + id).then().statusCode(200)
                .body("hotspotDnsName", is("login.cafe.example"));

        body.put("hotspotDnsName", "127.0.0.7:8081");
        as(admin).body(body).when().put("/api/routers/" + id).then().statusCode(200)
                .body("hotspotDnsName", is("127.0.0.7:8081"));
        body.put("hotspotDnsName", "");
        as(admin).body(body).when().put("/api/routers/" + id).then().statusCode(200)
                .body("hotspotDnsName", is(nullValue()));
        body.put("hotspotDnsName", "login.cafe.example");
        as(admin).body(body).when().put("/api/routers/" + id).then().statusCode(200);
        body.remove("hotspotDnsName");
        as(admin).body(body).when().put("/api/routers/" + id).then().statusCode(200)
                .body("hotspotDnsName", is(nullValue()));

        // A router stored before the field existed has no such key at all.
        mongo.getDatabase("hotspot-gateway").getCollection("routers")
                .updateOne(Filters.eq("_id", id), Updates.unset("hotspotDnsName"));
        as(admin).when().get("/api/routers/" + id).then().statusCode(200)
                .body("name", is(body.get("name"))).body("hotspotDnsName", is(nullValue()));
    }

    @Test
    void aNewRouterNeedsASecretAndApiModeNeedsCredentials() {
        Map<String, Object> body = router("good-secret-123");
        body.remove("radiusSecret");
        as(admin).body(body).when().post("/api/routers").then().statusCode(400);
        body = router("good-secret-123");
        body.remove("apiPassword");
        body.put("mode", "API");
        as(admin).body(body).when().post("/api/routers").then().statusCode(400);
    }

    @Test
    void otherOrganizationsAndLesserRolesCannotTouchIt() {
        String id = as(admin).body(router("isolated-secret")).when().post("/api/routers").then().statusCode(201)
                .extract().path("id");
        String stranger = auth.tokenFor(auth.newOrganization(), "ORG_ADMIN");
        as(stranger).when().get("/api/routers/" + id).then().statusCode(404);
        as(stranger).body(router("x-secret-123")).when().put("/api/routers/" + id).then().statusCode(404);
        as(stranger).when().delete("/api/routers/" + id).then().statusCode(404);
        assertThat(as(stranger).when().get("/api/routers").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class)).doesNotContain(id);
        Map<String, Object> backup = router("backup-secret-1");
        backup.put("backupRouterId", id);
        as(stranger).body(backup).when().post("/api/routers").then().statusCode(404);

        String operator = auth.tokenFor(organization, "OPERATOR");
        as(operator).when().get("/api/routers/" + id).then().statusCode(200);
        as(operator).body(router("op-secret-123")).when().post("/api/routers").then().statusCode(403);
        as(operator).when().delete("/api/routers/" + id).then().statusCode(403);
        as(auth.tokenFor(organization, "RESELLER")).when().get("/api/routers").then().statusCode(403);

        as(admin).when().delete("/api/routers/" + id).then().statusCode(204);
        as(admin).when().get("/api/routers/" + id).then().statusCode(404);
    }
}
