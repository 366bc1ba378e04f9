package org.hotspot.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hamcrest.Matchers;
import org.hotspot.common.security.Role;
import org.hotspot.common.security.ServiceAuthentication;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every protected endpoint of auth-service, called by a real operator of each role: the roles
 * allowed get a success, the others a 403 problem, and nobody gets in without a token.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class RoleMatrixTest {

    /** router-gateway's and voucher-service's tokens in the test profile (src/test/resources/META-INF). */
    private static final String GATEWAY_TOKEN = "test-only-router-gateway-token-0123456789";
    private static final String VOUCHER_TOKEN = "test-only-voucher-service-token-0123456789";

    private static final Set<Role> ADMINS = EnumSet.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN);
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    /** One endpoint: how to call it, and who may. */
    record Endpoint(String name, Set<Role> allowed, Function<RequestSpecification, Response> call) {
    }

    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private String organization;
    private String target;

    @BeforeEach
    void operatorsOfEveryRole() {
        String admin = Api.adminToken();
        organization = Api.newOrganization(admin);
        tokens.put(Role.PLATFORM_ADMIN, admin);
        for (Role role : EnumSet.range(Role.ORG_ADMIN, Role.VIEWER)) {
            tokens.put(role, Api.accessToken(Api.newOperator(admin, organization, role), Api.PASSWORD));
        }
        target = LoginTest.idOfIn(admin, organization, Api.newOperator(admin, organization, Role.OPERATOR));
    }

    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST /api/auth/keys/rotate", EnumSet.of(Role.PLATFORM_ADMIN),
                        r -> r.post("/api/auth/keys/rotate")),
                new Endpoint("POST /api/organizations", EnumSet.of(Role.PLATFORM_ADMIN),
                        r -> r.body(Map.of("name", "New ISP", "requireTotp", false)).post("/api/organizations")),
                new Endpoint("GET /api/organizations", EVERYONE, r -> r.get("/api/organizations")),
                new Endpoint("GET /api/organizations/{id}", EVERYONE, r -> r.get("/api/organizations/" + organization)),
                new Endpoint("PUT /api/organizations/{id}", ADMINS,
                        r -> r.body(Map.of("name", "Renamed", "requireTotp", false))
                                .put("/api/organizations/" + organization)),
                new Endpoint("GET /api/organizations/{id}/branding", ADMINS,
                        r -> r.get("/api/organizations/" + organization + "/branding")),
                new Endpoint("PUT /api/organizations/{id}/branding", ADMINS,
                        r -> r.body(Map.of("displayName", "Café"))
                                .put("/api/organizations/" + organization + "/branding")),
                new Endpoint("POST /api/operators", ADMINS,
                        r -> r.body(Map.of("username", "new-" + UUID.randomUUID(), "password", Api.PASSWORD,
                                "role", "VIEWER", "organizationId", organization)).post("/api/operators")),
                new Endpoint("GET /api/operators", ADMINS,
                        r -> r.queryParam("organizationId", organization).get("/api/operators")),
                new Endpoint("GET /api/operators/me", EVERYONE, r -> r.get("/api/operators/me")),
                new Endpoint("GET /api/operators/{id}", ADMINS, r -> r.get("/api/operators/" + target)),
                new Endpoint("POST /api/operators/{id}/disable", ADMINS,
                        r -> r.post("/api/operators/" + target + "/disable")),
                new Endpoint("POST /api/operators/{id}/enable", ADMINS,
                        r -> r.post("/api/operators/" + target + "/enable")),
                new Endpoint("PUT /api/operators/{id}/role", ADMINS,
                        r -> r.body(Map.of("role", "VIEWER")).put("/api/operators/" + target + "/role")),
                new Endpoint("PUT /api/operators/{id}/password", ADMINS,
                        r -> r.body(Map.of("password", "another-long-password-9"))
                                .put("/api/operators/" + target + "/password")),
                new Endpoint("DELETE /api/operators/{id}/totp", ADMINS,
                        r -> r.delete("/api/operators/" + target + "/totp")),
                new Endpoint("GET /api/audit", EnumSet.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN, Role.VIEWER),
                        r -> r.get("/api/audit")),
                // Services only: no operator role opens it, whatever their organization.
                new Endpoint("GET /internal/organizations/{id}", EnumSet.noneOf(Role.class),
                        r -> r.get("/internal/organizations/" + organization)),
                new Endpoint("GET /internal/organizations/{id}/branding", EnumSet.noneOf(Role.class),
                        r -> r.get("/internal/organizations/" + organization + "/branding")));
    }

    @Test
    void eachRoleGetsExactlyTheEndpointsItIsAllowed() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Role role : Role.values()) {
                Response response = endpoint.call().apply(Api.as(tokens.get(role)).when());
                int status = response.statusCode();
                boolean allowed = endpoint.allowed().contains(role);
                boolean ok = allowed ? status >= 200 && status < 300 : status == 403
                        && response.contentType().startsWith("application/problem+json");
                if (!ok) {
                    wrong.add(endpoint.name() + " as " + role + " gave " + status + " " + response.asString());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyProtectedEndpointRefusesACallWithoutAToken() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            Response response = endpoint.call().apply(given().contentType("application/json").when());
            if (response.statusCode() != 401) {
                wrong.add(endpoint.name() + " without a token gave " + response.statusCode());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void servicesReadAnOrganizationsNameAndLanguage() {
        String persian = given().contentType("application/json").auth().oauth2(Api.adminToken())
                .body(Map.of("name", "شبکه", "requireTotp", false, "language", "fa"))
                .when().post("/api/organizations").then().statusCode(201).extract().path("id");
        given().header(ServiceAuthentication.HEADER, GATEWAY_TOKEN)
                .when().get("/internal/organizations/" + persian)
                .then().statusCode(200)
                .body("language", Matchers.is("fa")).body("name", Matchers.is("شبکه"));
        given().header(ServiceAuthentication.HEADER, "not-the-service-token-at-all")
                .when().get("/internal/organizations/" + persian).then().statusCode(401);
        given().contentType("application/json").auth().oauth2(Api.adminToken())
                .body(Map.of("name", "x", "requireTotp", false, "language", "english"))
                .when().post("/api/organizations").then().statusCode(400);
    }

    /** Each service's token opens only the internal endpoints meant for that service. */
    @Test
    void aServiceTokenOpensOnlyTheEndpointsOfItsService() {
        String organization = given().contentType("application/json").auth().oauth2(Api.adminToken())
                .body(Map.of("name", "ISP " + UUID.randomUUID(), "requireTotp", false))
                .when().post("/api/organizations").then().statusCode(201).extract().path("id");
        String header = ServiceAuthentication.HEADER;
        given().header(header, VOUCHER_TOKEN).when().get("/internal/operators/" + organization + "/admin")
                .then().statusCode(404);
        given().header(header, GATEWAY_TOKEN).when().get("/internal/operators/" + organization + "/admin")
                .then().statusCode(403).contentType("application/problem+json");
        given().header(header, VOUCHER_TOKEN).when().get("/internal/organizations/" + organization)
                .then().statusCode(403).contentType("application/problem+json");
    }

    /** Cards and RADIUS messages exist in en, ar, fa, ru and fr; any other language would come out English. */
    @Test
    void anOrganizationSpeaksOnlyALanguageTheProductHas() {
        String admin = Api.adminToken();
        for (String language : List.of("de", "fr-CA", "tr")) {
            given().contentType("application/json").auth().oauth2(admin)
                    .body(Map.of("name", "ISP", "requireTotp", false, "language", language))
                    .when().post("/api/organizations")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", Matchers.is("language"))
                    .body("violations[0].message", Matchers.containsString("en, ar, fa, ru, fr"));
        }
        for (String language : List.of("en", "ar", "fa", "ru", "fr")) {
            given().contentType("application/json").auth().oauth2(admin)
                    .body(Map.of("name", "ISP", "requireTotp", false, "language", language))
                    .when().post("/api/organizations")
                    .then().statusCode(201).body("language", Matchers.is(language));
        }
    }
}
