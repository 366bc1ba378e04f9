package org.hotspot.portal.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hotspot.testing.WithRouterGateway;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A card's QR code scanned by a phone, against the real backends: read from the card's own qr.png,
 * sent through the router's login URL, and logged in without typing; a revoked, forged or foreign
 * card logs in nowhere.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class PortalQrTest extends AgainstTheBackends {

    private Tenant tenant;
    private String code;

    @BeforeEach
    void aRouterAndAVoucher() {
        tenant = Tenant.withRouter(auth, vouchers, gateway, "en");
        code = tenant.newCode();
    }

    private Response backFromTheRouter(String token) {
        return given().queryParam("router", tenant.routerId()).queryParam("link-login-only", Tenant.LOGIN)
                .queryParam("link-orig", RealBackends.PUBLIC_URL + "/portal?v=" + token).queryParam("lang", "en")
                .when().get("/portal");
    }

    @Test
    void aScannedCardGoesThroughTheRouterAndLogsInWithoutTyping() throws Exception {
        String token = tenant.qrToken(code);

        Response landing = given().redirects().follow(false).queryParam("v", token).when().get("/portal");
        assertThat(landing.statusCode()).isEqualTo(303);
        String back = RealBackends.PUBLIC_URL + "/portal?v=" + token;
        assertThat(landing.header("Location"))
                .isEqualTo(Tenant.LOGIN + "?dst=" + URLEncoder.encode(back, StandardCharsets.UTF_8));

        // The router intercepts the login URL and its login.html comes back with its variables (PAP here).
        Element post = page(backFromTheRouter(token)).selectFirst("form#router-login");
        assertThat(post).as("the auto-post page, no code form").isNotNull();
        assertThat(post.selectFirst("input[name=username]").attr("value")).isEqualTo(code);
        assertThat(post.selectFirst("input[name=password]").attr("value")).isEqualTo(code);
    }

    @Test
    void anotherOrganizationsCardLogsInNowhere() throws Exception {
        Tenant other = Tenant.withoutRouter(auth, vouchers, "en");
        String theirs = other.qrToken(other.newCode());

        Document page = page(backFromTheRouter(theirs));

        assertThat(page.select("form#router-login")).isEmpty();
        assertThat(page.selectFirst("#reason").text()).isEqualTo("This code is not valid. Check it and try again.");
    }

    @Test
    void aRevokedCardSaysSo() throws Exception {
        String token = tenant.qrToken(code);
        tenant.revoke(code);

        Response revoked = given().queryParam("v", token).queryParam("lang", "en").when().get("/portal");

        assertThat(revoked.statusCode()).isEqualTo(410);
        assertThat(page(revoked).selectFirst("#reason").text())
                .isEqualTo("This voucher has been cancelled and can no longer be used.");
    }

    @Test
    void aForgedCardSaysSo() throws Exception {
        String token = tenant.qrToken(code);
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        for (String notOne : new String[] {forged, "v5.forged", "../x"}) {
            Response response = given().queryParam("v", notOne).queryParam("lang", "en").when().get("/portal");
            assertThat(response.statusCode()).as(notOne).isEqualTo(404);
            assertThat(page(response).selectFirst("#reason").text()).isEqualTo("This QR code is not valid.");
        }
    }

    @Test
    void aCardOfAnOrganizationWithNoHotspotAsksToJoinTheWifiFirst() throws Exception {
        Tenant lonely = Tenant.withoutRouter(auth, vouchers, "en");
        String token = lonely.qrToken(lonely.newCode());

        Response response = given().queryParam("v", token).queryParam("lang", "en").when().get("/portal");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page(response).selectFirst("#reason").text()).startsWith("Join the hotspot's WiFi first");
    }
}
