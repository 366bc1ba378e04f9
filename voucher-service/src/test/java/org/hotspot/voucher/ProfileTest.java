package org.hotspot.voucher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.hamcrest.Matchers;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Profiles through HTTP with genuine tokens from the real auth-service. */
@QuarkusTest
@WithAuthService
class ProfileTest {

    @InjectAuthService
    AuthService auth;

    @Inject
    ReactiveMongoClient mongo;

    private String organization;
    private String operator;

    @BeforeEach
    void anOrganizationWithAnOperator() {
        organization = auth.newOrganization();
        operator = auth.tokenFor(organization, "OPERATOR");
    }

    static Map<String, Object> dayPass() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "1 day 2 GB");
        body.put("price", 1.50);
        body.put("currency", "USD");
        body.put("timeQuotaSeconds", 86_400);
        body.put("validitySeconds", 604_800);
        body.put("dataQuotaBytes", 2_000_000_000L);
        body.put("rateLimit", "4M/2M");
        body.put("sharedUsers", 2);
        body.put("macLock", true);
        body.put("idleTimeoutSeconds", 600);
        return body;
    }

    private RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private String create(Map<String, Object> body) {
        return as(operator).body(body).when().post("/api/profiles").then().statusCode(201).extract().path("id");
    }

    @Test
    void createReadUpdateAndList() {
        String id = create(dayPass());

        as(operator).when().get("/api/profiles/" + id).then().statusCode(200)
                .body("name", is("1 day 2 GB"))
                .body("rateLimit", is("4M/2M"))
                .body("sharedUsers", is(2))
                .body("macLock", is(true))
                .body("state", is("ACTIVE"));

        Map<String, Object> unlimited = dayPass();
        unlimited.put("dataQuotaBytes", null);
        unlimited.put("rateLimit", "8M/4M 16M/8M 6M/3M 10/10 8");
        as(operator).body(unlimited).when().put("/api/profiles/" + id).then().statusCode(200)
                .body("dataQuotaBytes", nullValue())
                .body("rateLimit", is("8M/4M 16M/8M 6M/3M 10/10 8"));

        as(auth.tokenFor(organization, "VIEWER")).when().get("/api/profiles").then().statusCode(200)
                .body("id", hasItem(id));
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "rateLimit|4Mbps",
            "rateLimit|4M/2M fast",
            "rateLimit|-1/2M",
            "sharedUsers|0",
            "timeQuotaSeconds|-60",
            "dataQuotaBytes|-1",
            "currency|dollars",
            "price|-1",
            "name|''",
    })
    void invalidFieldsAre400ProblemsNamingTheField(String field, String value) {
        Map<String, Object> body = dayPass();
        body.put(field, "''".equals(value) ? "" : value);

        as(operator).body(body).when().post("/api/profiles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    @Test
    void namesAreUniqueInAnOrganizationButNotAcrossThem() {
        create(dayPass());
        as(operator).body(dayPass()).when().post("/api/profiles").then().statusCode(409)
                .body("type", is("/problems/duplicate-name"));
        Map<String, Object> renamed = dayPass();
        renamed.put("name", "Week pass");
        String week = create(renamed);
        as(operator).body(dayPass()).when().put("/api/profiles/" + week).then().statusCode(409)
                .body("detail", Matchers.containsString("1 day 2 GB"));

        String other = auth.tokenFor(auth.newOrganization(), "ORG_ADMIN");
        as(other).body(dayPass()).when().post("/api/profiles").then().statusCode(201);
    }

    @Test
    void aProfileInUseCannotBeDeletedOnlyRetired() {
        String unused = create(dayPass());
        Map<String, Object> second = dayPass();
        second.put("name", "1 week");
        String used = create(second);
        // A batch made from the profile, as batch generation stores it.
        mongo.getDatabase("hotspot-voucher").getCollection("batches")
                .insertOne(new Document("_id", "batch-" + used).append("organizationId", organization)
                        .append("profileId", used))
                .await().atMost(Duration.ofSeconds(10));

        as(operator).when().delete("/api/profiles/" + used).then().statusCode(409)
                .body("type", is("/problems/profile-in-use"));
        as(operator).when().post("/api/profiles/" + used + "/retire").then().statusCode(200)
                .body("state", is("RETIRED"));
        as(operator).body(second).when().put("/api/profiles/" + used).then().statusCode(200)
                .body("state", is("RETIRED")).body("name", is("1 week"));
        as(operator).when().delete("/api/profiles/" + unused).then().statusCode(204);
        as(operator).when().get("/api/profiles/" + unused).then().statusCode(404);
    }

    @Test
    void anotherOrganizationsProfileIsNotFoundForEveryEndpoint() {
        String id = create(dayPass());
        String intruder = auth.tokenFor(auth.newOrganization(), "ORG_ADMIN");

        as(intruder).when().get("/api/profiles/" + id).then().statusCode(404);
        as(intruder).body(dayPass()).when().put("/api/profiles/" + id).then().statusCode(404);
        as(intruder).when().post("/api/profiles/" + id + "/retire").then().statusCode(404);
        as(intruder).when().delete("/api/profiles/" + id).then().statusCode(404);
        List<String> visible = as(intruder).when().get("/api/profiles").then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertThat(visible).doesNotContain(id);
        as(operator).when().get("/api/profiles/" + id).then().statusCode(200).body("state", is("ACTIVE"));
    }

    @Test
    void viewersAndResellersReadButCannotChange() {
        String id = create(dayPass());
        for (String role : List.of("VIEWER", "RESELLER")) {
            String token = auth.tokenFor(organization, role);
            // A reseller reads only the profiles granted to them (ResellerRulesTest); none here.
            as(token).when().get("/api/profiles/" + id).then().statusCode("VIEWER".equals(role) ? 200 : 404);
            as(token).body(dayPass()).when().post("/api/profiles").then().statusCode(403);
            as(token).body(dayPass()).when().put("/api/profiles/" + id).then().statusCode(403);
            as(token).when().delete("/api/profiles/" + id).then().statusCode(403);
        }
    }
}
