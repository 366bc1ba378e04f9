package org.hotspot.portal.dashboard.routers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectRouterGateway;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.WithRouterGateway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The routers pages over HTTP against the real router-gateway: who sees and changes what, the form
 * keeping what was typed but never a secret, the hotspot kit passed through, and refusals in words.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class RouterPagesTest {

    @InjectAuthService
    AuthService auth;

    @InjectRouterGateway
    RouterGateway gateway;

    @Test
    void aViewerAndAnOperatorReadTheListWithoutEditControlsAndAreRefusedEveryChange() {
        DashboardUsers users = DashboardUsers.organization(auth, "en");
        String admin = auth.tokenFor(users.organizationId(), "ORG_ADMIN");
        String address = Routers.newAddress();
        String id = Routers.register(gateway, admin, "Cafe north", address);

        for (String role : List.of("VIEWER", "OPERATOR")) {
            Session reader = DashboardBrowser.signIn(users.user(role));
            Document list = reader.page("/dashboard/routers");
            assertThat(list.select("table.routers tbody tr")).as(role).hasSize(1);
            assertThat(list.select("table.routers td bdi[dir=ltr].address").text()).isEqualTo(address);
            assertThat(list.select("table.routers").text()).contains("Cafe north").contains("Lobby")
                    .contains("Not monitored yet");
            assertThat(list.select("main a[href*=/edit], main a[href*=/delete], main a[href*=hotspot-kit],"
                    + " main a[href=/dashboard/routers/new]")).as("edit controls for %s", role).isEmpty();
            assertThat(list.select("main form[method=post]")).isEmpty();
            DashboardBrowser.assertSelfContained(list);

            Response edit = reader.form().formParams(Routers.form("Renamed", "", address, "")).when()
                    .post("/dashboard/routers/" + id);
            assertThat(edit.statusCode()).as(role + " posting an edit").isEqualTo(403);
            assertThat(Jsoup.parse(edit.asString()).select("[role=alert]").text())
                    .contains("Only administrators add, change or delete routers");
            assertThat(reader.form().when().post("/dashboard/routers/" + id + "/delete").statusCode()).isEqualTo(403);
            assertThat(reader.form().formParams(Routers.form("New", "", Routers.newAddress(), "long-enough-secret"))
                    .when().post("/dashboard/routers").statusCode()).isEqualTo(403);
            assertThat(reader.given().when().get("/dashboard/routers/" + id + "/hotspot-kit").statusCode())
                    .isEqualTo(403);
            assertThat(reader.given().when().get("/dashboard/routers/new").statusCode()).isEqualTo(403);
        }
        given().baseUri(gateway.url()).auth().oauth2(admin).when().get("/api/routers/" + id)
                .then().statusCode(200).body("name", equalTo("Cafe north"));
    }

    @Test
    void aResellerIsRefusedTheRoutersPageInWords() {
        DashboardUsers users = DashboardUsers.organization(auth, "en");
        Session reseller = DashboardBrowser.signIn(users.user("RESELLER"));
        Response page = reseller.given().when().get("/dashboard/routers");
        assertThat(page.statusCode()).isEqualTo(403);
        Document html = Jsoup.parse(page.asString());
        assertThat(html.select("[role=alert]").text()).contains("Resellers do not see the organization's routers");
        assertThat(html.select("nav.sections a[href=/dashboard/routers]")).isEmpty();
        assertThat(html.select("table")).isEmpty();
    }

    @Test
    void theFormKeepsWhatWasTypedButNeverASecretAndSaysWhatIsWrongBesideEachField() {
        DashboardUsers users = DashboardUsers.organization(auth, "en");
        Session admin = DashboardBrowser.signIn(users.user("ORG_ADMIN"));
        Map<String, String> typed = Routers.form("Roof", "Tower", "300.1.2.3", "short");
        typed.put("coaPort", "99999");
        Response refused = admin.form().formParams(typed).when().post("/dashboard/routers");
        assertThat(refused.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(refused.asString());
        assertThat(form.select("#name").val()).isEqualTo("Roof");
        assertThat(form.select("#site").val()).isEqualTo("Tower");
        assertThat(form.select("#nasIp").val()).isEqualTo("300.1.2.3");
        assertThat(form.select("#nasIp").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#nasIp-error").text()).contains("IPv4");
        assertThat(form.select("#radiusSecret-error").text()).contains("8 to 128");
        assertThat(form.select("#coaPort-error").text()).contains("65535");
        assertThat(form.select("#radiusSecret").val()).isEmpty();
        assertThat(refused.asString()).doesNotContain("short\"");
        for (var input : form.select("main input:not([type=hidden]), main select")) {
            assertThat(form.select("label[for=" + input.id() + "]")).as("label of #%s", input.id()).isNotEmpty();
        }

        // Two routers at one address of the organization without NAS-Identifiers: router-gateway's refusal, in words.
        String address = Routers.newAddress();
        assertThat(admin.form().formParams(Routers.form("First", "", address, "a-long-enough-secret")).when()
                .post("/dashboard/routers").statusCode()).isEqualTo(303);
        Response taken = admin.form().formParams(Routers.form("Second", "", address, "another-long-secret")).when()
                .post("/dashboard/routers");
        assertThat(taken.statusCode()).isEqualTo(409);
        Document again = Jsoup.parse(taken.asString());
        assertThat(again.select("#nasIp-error").text()).contains("already registered at this address");
        assertThat(again.select("#name").val()).isEqualTo("Second");
        assertThat(taken.asString()).doesNotContain("another-long-secret");

        // An edit leaving the secret empty keeps it; the edit form never carries it.
        String id = Routers.idOf(admin, "First");
        Document edit = admin.page("/dashboard/routers/" + id + "/edit");
        assertThat(edit.select("#radiusSecret").val()).isEmpty();
        assertThat(edit.select("#radiusSecret-hint").text()).contains("Leave this empty to keep it");
        assertThat(edit.outerHtml()).doesNotContain("a-long-enough-secret");
        Map<String, String> renamed = Routers.form("First renamed", "Hall", address, "");
        assertThat(admin.form().formParams(renamed).when().post("/dashboard/routers/" + id).statusCode())
                .isEqualTo(303);
        String adminToken = auth.tokenFor(users.organizationId(), "ORG_ADMIN");
        given().baseUri(gateway.url()).auth().oauth2(adminToken).when().get("/api/routers/" + id)
                .then().statusCode(200)
                .body("name", equalTo("First renamed"))
                .body("radiusSecretSet", equalTo(true));
    }

    @Test
    void anAdminDownloadsTheHotspotKitThroughThePortal() {
        DashboardUsers users = DashboardUsers.organization(auth, "en");
        String token = auth.tokenFor(users.organizationId(), "ORG_ADMIN");
        String id = Routers.register(gateway, token, "Kit router " + UUID.randomUUID().toString().substring(0, 4),
                Routers.newAddress());
        Session admin = DashboardBrowser.signIn(users.user("ORG_ADMIN"));
        Response kit = admin.given().when().get("/dashboard/routers/" + id + "/hotspot-kit");
        assertThat(kit.statusCode()).isEqualTo(200);
        assertThat(kit.contentType()).startsWith("application/zip");
        assertThat(kit.header("Content-Disposition")).startsWith("attachment; filename=\"hotspot-kit-Kit-router");
        byte[] archive = kit.asByteArray();
        assertThat(archive.length).isGreaterThan(100);
        assertThat(new String(archive, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        Response unknown = admin.given().when().get("/dashboard/routers/" + UUID.randomUUID() + "/hotspot-kit");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("text/html");
    }
}
