package org.hotspot.portal.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.net.URI;
import java.util.HexFormat;
import java.util.Locale;
import org.hotspot.testing.WithRouterGateway;
import org.hotspot.testing.radius.Chap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer typing a card's code, against the real router-gateway, voucher-service and
 * auth-service: the code checked by voucher-service first, the login posted top-level to the router
 * (CHAP or PAP), the reasons and limits said on the form, and the online page the router sends the
 * browser back to.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class PortalLoginTest extends AgainstTheBackends {

    private Tenant tenant;
    private String code;

    @BeforeEach
    void aRouterAndAVoucher() {
        tenant = Tenant.withRouter(auth, vouchers, gateway, "ar");
        code = tenant.newCode();
    }

    private Response login(String typed) {
        return given().formParams(tenant.routerVariables()).formParam("code", typed).formParam("lang", "en")
                .when().post("/portal/login");
    }

    @Test
    void aTypedCodeReachesThePagePostingTheChapLoginToTheRouter() {
        Document form = page(given().queryParams(tenant.routerVariables()).when().get("/portal"));
        // The organization's language, as auth-service keeps it.
        assertThat(form.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(form.selectFirst("#code")).isNotNull();

        Response response = login(code.toLowerCase(Locale.ROOT).replaceAll("(.{4})", "$1 ").trim());
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = page(response);

        Element post = page.selectFirst("form#router-login");
        assertThat(post).as("the auto-post page").isNotNull();
        assertThat(post.attr("method")).isEqualTo("post");
        assertThat(post.attr("action")).isEqualTo(Tenant.LOGIN);
        assertThat(post.selectFirst("input[name=username]").attr("value")).isEqualTo(code);
        assertThat(post.selectFirst("input[name=password]").attr("value"))
                .isEqualTo(HexFormat.of().formatHex(Chap.of(code, Tenant.CHAP_ID, Tenant.CHALLENGE).response()));
        assertThat(post.selectFirst("input[name=popup]").attr("value")).isEqualTo("false");
        assertThat(page.selectFirst("#continue").attr("type")).isEqualTo("submit");
        assertThat(page.selectFirst("script").attr("src")).isEqualTo("/portal/assets/submit.js");
        URI dst = URI.create(post.selectFirst("input[name=dst]").attr("value"));
        assertThat(dst.getScheme() + "://" + dst.getRawAuthority()).isEqualTo(RealBackends.PUBLIC_URL);
        assertThat(dst.getPath()).isEqualTo("/portal/online");
        assertThat(dst.getRawQuery()).startsWith("t=").endsWith("&router=" + tenant.routerId() + "&lang=en");

        Document online = page(given().urlEncodingEnabled(false).when()
                .get(dst.getRawPath() + "?" + dst.getRawQuery()).then().statusCode(200).extract().response());
        assertThat(online.select("#online")).hasSize(1);
        assertThat(online.selectFirst("#time-left").text()).isEqualTo("2 hours");
        assertThat(online.selectFirst("#data-left").text()).isEqualTo("Unlimited");
        Element logout = online.selectFirst("form.logout");
        assertThat(logout.attr("action")).isEqualTo(Tenant.LOGOUT);
        assertThat(logout.selectFirst("input[name=erase-cookie]").attr("value")).isEqualTo("on");
    }

    @Test
    void withoutChapTheRouterAllowsPapAndGetsTheCode() {
        Response response = given().formParams(tenant.papVariables()).formParam("code", code.substring(0, 4) + "-"
                + code.substring(4)).when().post("/portal/login");

        Element form = page(response).selectFirst("form#router-login");
        assertThat(form.selectFirst("input[name=username]").attr("value")).isEqualTo(code);
        assertThat(form.selectFirst("input[name=password]").attr("value")).isEqualTo(code);
    }

    @Test
    void anUnknownCodeIsSaidBeforeTheRouterIsAsked() {
        Document page = page(login("zzzz-zzzz-zz"));

        assertThat(page.select("form#router-login")).isEmpty();
        assertThat(page.selectFirst("#reason").text()).isEqualTo("This code is not valid. Check it and try again.");
    }

    @Test
    void anotherOrganizationsCodeIsUnknownHere() {
        String theirs = Tenant.withoutRouter(auth, vouchers, "en").newCode();

        Document page = page(login(theirs));

        assertThat(page.select("form#router-login")).isEmpty();
        assertThat(page.selectFirst("#reason").text()).isEqualTo("This code is not valid. Check it and try again.");
    }

    @Test
    void aRejectedCodeShowsItsReasonOnTheForm() {
        tenant.revoke(code);

        Response response = login(code);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = page(response);
        assertThat(page.selectFirst("#reason").text()).isEqualTo("This voucher has been cancelled.");
        assertThat(page.select("form#router-login")).isEmpty();
        assertThat(page.selectFirst("form.login input[name=router]").attr("value")).isEqualTo(tenant.routerId());
    }

    /**
     * The packaged voucher-service runs with its production limits: 10 prechecks per device in 5
     * minutes, the device known by the MAC the router gave.
     */
    @Test
    void tooManyAttemptsFromOneDeviceAreRefusedWithWhenToTryAgain() {
        Response refused = null;
        int attempts = 0;
        while (refused == null && attempts < 20) {
            Response response = login("wrong-code-" + attempts++);
            refused = response.statusCode() == 429 ? response : null;
        }

        assertThat(refused).as("refused within 20 attempts").isNotNull();
        assertThat(attempts).isEqualTo(11);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 300L);
        assertThat(page(refused).selectFirst("#reason").text()).startsWith("Too many attempts from this device.");
    }

    @Test
    void anEmptyCodeIsSaid() {
        Response empty = login(" - ");

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(page(empty).selectFirst("#reason").text()).isEqualTo("Enter the code on your card.");
    }

    @Test
    void aStatusTokenThatIsNotOneGetsAPlainPage() {
        Response forged = given().queryParam("t", "v1.1999999999.forged").queryParam("lang", "en").when()
                .get("/portal/status");
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(page(forged).selectFirst("#reason").text()).startsWith("This link has expired");

        assertThat(given().queryParam("t", "a/b").when().get("/portal/status").statusCode()).isEqualTo(404);
        assertThat(given().when().get("/portal/online").statusCode()).isEqualTo(404);
    }
}
