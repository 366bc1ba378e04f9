package org.hotspot.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hotspot.gateway.RouterTest.as;
import static org.hotspot.gateway.RouterTest.router;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.hotspot.common.security.ServiceAuthentication;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * portal-web's view of routers (its service token only): the router a login page names, and the
 * addresses an organization's login URLs may point at. No secret in either.
 */
@QuarkusTest
@WithAuthService
class PortalRouterLookupTest {

    /** As src/test/resources/META-INF/microprofile-config.properties admits them. */
    private static final String PORTAL_TOKEN = "test-only-portal-web-token-0123456789";
    private static final String VOUCHER_SERVICE_TOKEN = "test-only-voucher-service-token-0123456789";

    @InjectAuthService
    AuthService auth;

    private String organization;
    private String admin;

    @BeforeEach
    void anOrganizationWithAnAdmin() {
        organization = auth.newOrganization();
        admin = auth.tokenFor(organization, "ORG_ADMIN");
    }

    private static RequestSpecification asService(String token) {
        return given().header(ServiceAuthentication.HEADER, token);
    }

    private String register(String hotspotDnsName) {
        Map<String, Object> body = router("portal-lookup-secret");
        if (hotspotDnsName != null) {
            body.put("hotspotDnsName", hotspotDnsName);
        }
        return as(admin).body(body).when().post("/api/routers").then().statusCode(201).extract().path("id");
    }

    @Test
    void thePortalLearnsWhoseRouterALoginPageCameFrom() {
        String id = register("login.cafe.example");

        String answer = asService(PORTAL_TOKEN).when().get("/internal/routers/" + id + "/portal")
                .then().statusCode(200)
                .body("id", is(id)).body("organizationId", is(organization)).body("site", is("site-a"))
                .body("hotspotDnsName", is("login.cafe.example"))
                .extract().asString();
        assertThat(answer).doesNotContain("portal-lookup-secret").doesNotContain("sealed").doesNotContain("api");
    }

    @Test
    void anUnknownRouterIsA404Problem() {
        asService(PORTAL_TOKEN).when().get("/internal/routers/no-such-router/portal")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", is("/problems/not-found"));
    }

    @Test
    void theHotspotsOfAnOrganizationAreItsRoutersWithADnsNameOnly() {
        String named = register("127.0.0.5:8085");
        register(null);
        String elsewhere = auth.tokenFor(auth.newOrganization(), "ORG_ADMIN");
        Map<String, Object> others = router("other-org-secret");
        others.put("hotspotDnsName", "login.other.example");
        as(elsewhere).body(others).when().post("/api/routers").then().statusCode(201);

        List<Map<String, Object>> hotspots = asService(PORTAL_TOKEN)
                .when().get("/internal/organizations/" + organization + "/hotspots")
                .then().statusCode(200).extract().jsonPath().getList("$");

        assertThat(hotspots).hasSize(1);
        assertThat(hotspots.get(0)).containsEntry("id", named).containsEntry("hotspotDnsName", "127.0.0.5:8085")
                .containsKey("nasIp").hasSize(3);
        asService(PORTAL_TOKEN).when().get("/internal/organizations/no-such-organization/hotspots")
                .then().statusCode(200).body("size()", is(0));
    }

    @Test
    void operatorsAndOtherServicesAreRefused() {
        String id = register(null);
        String path = "/internal/routers/" + id + "/portal";
        asService(PORTAL_TOKEN).when().get(path).then().statusCode(200).body("hotspotDnsName", is(nullValue()));

        asService(VOUCHER_SERVICE_TOKEN).when().get(path).then().statusCode(403);
        asService("not-a-service-token-at-all-0123456789").when().get(path).then().statusCode(401);
        as(admin).when().get(path).then().statusCode(403);
        as(auth.tokenFor(auth.newOrganization(), "PLATFORM_ADMIN")).when()
                .get("/internal/organizations/" + organization + "/hotspots").then().statusCode(403);
        given().when().get(path).then().statusCode(401);
    }
}
