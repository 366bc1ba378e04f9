package org.hotspot.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hotspot.gateway.RouterTest.as;
import static org.hotspot.gateway.RouterTest.router;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hotspot kit an admin downloads for a router: its pages send customers to the portal
 * (test settings: {@code https://portal.hotspot.test}, RADIUS at 192.0.2.10) and its script sets the
 * router up, and neither holds the router's secret.
 */
@QuarkusTest
@WithAuthService
class HotspotKitTest {

    private static final String SECRET = "kit-secret-never-in-the-kit";

    @InjectAuthService
    AuthService auth;

    private String organization;
    private String admin;
    private String id;

    @BeforeEach
    void aRouterWithAHotspotName() {
        organization = auth.newOrganization();
        admin = auth.tokenFor(organization, "ORG_ADMIN");
        Map<String, Object> body = router(SECRET);
        body.put("name", "Café \"Front\" $desk/1");
        body.put("hotspotDnsName", "login.cafe.example:8081");
        body.put("coaPort", 3800);
        id = as(admin).body(body).when().post("/api/routers").then().statusCode(201).extract().path("id");
    }

    @Test
    void theZipHoldsThePagesUnderHotspotAndTheScript() throws IOException {
        Response response = as(admin).when().get("/api/routers/" + id + "/hotspot-kit");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/zip");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"hotspot-kit-Caf-Front-desk-1.zip\"");
        Map<String, String> files = unzip(response.asByteArray());
        assertThat(files).containsOnlyKeys("hotspot/login.html", "hotspot/alogin.html", "hotspot/flogin.html",
                "hotspot/logout.html", "hotspot-setup.rsc");
        assertThat(String.join("", files.values())).doesNotContain(SECRET);
        assertThat(files.get("hotspot/login.html")).isEqualTo(file("login.html"));
        assertThat(files.get("hotspot-setup.rsc")).isEqualTo(file("hotspot-setup.rsc"));
    }

    @Test
    void theLoginPageSendsTheRoutersVariablesToThePortal() {
        String login = file("login.html");

        assertThat(login).contains("<form action=\"https://portal.hotspot.test/portal\" method=\"get\">")
                .contains("<input type=\"hidden\" name=\"router\" value=\"" + id + "\">")
                .contains("name=\"link-login-only\" value=\"$(link-login-only)\"")
                .contains("name=\"link-orig\" value=\"$(link-orig)\"")
                .contains("name=\"link-logout\" value=\"$(link-logout)\"")
                .contains("name=\"mac\" value=\"$(mac)\"").contains("name=\"ip\" value=\"$(ip)\"")
                .contains("name=\"error\" value=\"$(error)\"").contains("name=\"identity\" value=\"$(identity)\"")
                .contains(">Continue</button>")
                .doesNotContain(SECRET).doesNotContain("src=").doesNotContain("<link");
        // The CHAP values exist only when the router offers CHAP; without them the portal uses PAP.
        assertThat(login.indexOf("$(if chap-id)")).isLessThan(login.indexOf("name=\"chap-id\" value=\"$(chap-id)\""));
        assertThat(login.indexOf("name=\"chap-challenge\" value=\"$(chap-challenge)\""))
                .isLessThan(login.indexOf("$(endif)"));
        assertThat(file("flogin.html")).isEqualTo(login);
    }

    @Test
    void afterLoginAndLogoutTheBrowserGoesBackToThePortal() {
        assertThat(file("alogin.html")).contains("<meta http-equiv=\"refresh\" content=\"0; url=$(link-redirect)\">")
                .contains("<a href=\"$(link-redirect)\"");
        assertThat(file("logout.html")).contains(
                "url=https://portal.hotspot.test/portal?router=" + id + "&amp;logged-out=1\">");
    }

    @Test
    void theScriptSetsTheRouterUpWithoutItsSecret() {
        String script = file("hotspot-setup.rsc");

        assertThat(script).doesNotContain(SECRET)
                .contains("/radius add service=hotspot address=\"192.0.2.10\" secret=\"CHANGE-ME\""
                        + " authentication-port=1812 accounting-port=1813")
                .contains("/radius incoming set accept=yes port=3800\n")
                .contains("/ip hotspot profile set [find] use-radius=yes radius-accounting=yes"
                        + " radius-interim-update=00:05:00 login-by=http-chap,http-pap html-directory=hotspot"
                        + " dns-name=\"login.cafe.example\"\n")
                .contains("/ip hotspot walled-garden add dst-host=\"portal.hotspot.test\"")
                .contains("/ip hotspot walled-garden ip add action=accept dst-host=\"portal.hotspot.test\"")
                // The name comes quoted: its quote and $ cannot end the string or read a variable.
                .contains("router \"Caf\\C3\\A9 \\\"Front\\\" \\$desk/1\"");
    }

    @Test
    void withoutAHotspotNameTheProfileKeepsItsOwn() {
        Map<String, Object> body = router("kit-secret-two-1");
        String plain = as(admin).body(body).when().post("/api/routers").then().statusCode(201).extract().path("id");

        assertThat(as(admin).when().get("/api/routers/" + plain + "/hotspot-kit/hotspot-setup.rsc").then()
                .statusCode(200).extract().asString()).doesNotContain("dns-name").contains("port=3799\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"status.html", "login", "..%2Fapplication.properties", "md5.js"})
    void anyOtherFileIsA404Problem(String name) {
        as(admin).when().get("/api/routers/" + id + "/hotspot-kit/" + name).then().statusCode(404)
                .contentType("application/problem+json").body("type", is("/problems/not-found"));
    }

    @Test
    void anotherOrganizationsAdminFindsNoSuchRouterAndOperatorsMayNotHaveIt() {
        String stranger = auth.tokenFor(auth.newOrganization(), "ORG_ADMIN");
        as(stranger).when().get("/api/routers/" + id + "/hotspot-kit").then().statusCode(404)
                .contentType("application/problem+json");
        as(stranger).when().get("/api/routers/" + id + "/hotspot-kit/login.html").then().statusCode(404);

        String operator = auth.tokenFor(organization, "OPERATOR");
        as(operator).when().get("/api/routers/" + id + "/hotspot-kit").then().statusCode(403);
        as(operator).when().get("/api/routers/" + id + "/hotspot-kit/hotspot-setup.rsc").then().statusCode(403);
        as(auth.tokenFor(organization, "VIEWER")).when().get("/api/routers/" + id + "/hotspot-kit")
                .then().statusCode(403);
    }

    private String file(String name) {
        Response response = as(admin).when().get("/api/routers/" + id + "/hotspot-kit/" + name);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
        return response.asString();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
