package org.hotspot.portal.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectRouterGateway;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithRouterGateway;
import org.hotspot.testing.radius.Chap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portal's pages against the real router-gateway, voucher-service and auth-service: a router
 * registered with its hotspot DNS name, a voucher made by an operator, and a customer who types the
 * code in lower case with spaces and gets as far as the page posting the CHAP login to the router.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(PortalAgainstBackendsTest.RealBackends.class)
class PortalAgainstBackendsTest {

    /** router-gateway's address, as its test resource gives it. */
    public static class RealBackends implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hotspot.router-gateway-url", "${hotspot.test.router-gateway-url}",
                    "hotspot.portal.public-url", "http://127.0.0.1:8080");
        }
    }

    private static final String DNS_NAME = "127.0.0.9:8181";
    private static final String LOGIN = "http://" + DNS_NAME + "/login";
    private static final int CHAP_ID = 0xf9;
    private static final byte[] CHALLENGE = HexFormat.of().parseHex("02b53350ba7cdf019324fe00688826ff");

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @InjectRouterGateway
    RouterGateway gateway;

    private String routerId;
    private String operator;
    private String code;

    @BeforeEach
    void aRouterAndAVoucher() {
        String organization = auth.newOrganization("Café " + System.nanoTime(), "ar");
        String admin = auth.tokenFor(organization, "ORG_ADMIN");
        Map<String, Object> router = RouterGateway.routerAtLoopback(RouterGateway.newNasIdentifier(),
                RouterGateway.newSecret(), "lobby", 3799);
        router.put("hotspotDnsName", DNS_NAME);
        routerId = RouterGateway.register(given().baseUri(gateway.url()), admin, router);
        operator = auth.tokenFor(organization, "OPERATOR");
        code = vouchers.codes(operator, vouchers.newBatch(operator,
                vouchers.newProfile(operator, Map.of("timeQuotaSeconds", 7_200)), 1)).get(0);
    }

    private Map<String, String> routerVariables() {
        return Map.of("router", routerId, "link-login-only", LOGIN, "link-orig", "http://example.com/",
                "mac", "AA:BB:CC:DD:EE:42", "ip", "10.5.0.42", "chap-id", octal(new byte[] {(byte) CHAP_ID}),
                "chap-challenge", octal(CHALLENGE));
    }

    @Test
    void aTypedCodeReachesThePagePostingTheLoginToTheRouter() {
        Document form = PageHtml.parse(given().queryParams(routerVariables()).when().get("/portal"));
        // The organization's language, as auth-service keeps it.
        assertThat(form.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(form.selectFirst("#code")).isNotNull();

        String typed = code.toLowerCase(Locale.ROOT).replaceAll("(.{4})", "$1 ").trim();
        Response response = given().formParams(routerVariables()).formParam("code", typed).formParam("lang", "en")
                .when().post("/portal/login");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = PageHtml.parse(response);
        PageHtml.assertSelfContained(page);

        Element post = page.selectFirst("form#router-login");
        assertThat(post).as("the auto-post page").isNotNull();
        assertThat(post.attr("action")).isEqualTo(LOGIN);
        assertThat(post.selectFirst("input[name=username]").attr("value")).isEqualTo(code);
        assertThat(post.selectFirst("input[name=password]").attr("value"))
                .isEqualTo(HexFormat.of().formatHex(Chap.of(code, CHAP_ID, CHALLENGE).response()));
        URI dst = URI.create(post.selectFirst("input[name=dst]").attr("value"));
        assertThat(dst.getPath()).isEqualTo("/portal/online");

        Document online = PageHtml.parse(given().urlEncodingEnabled(false).when()
                .get(dst.getRawPath() + "?" + dst.getRawQuery()).then().statusCode(200).extract().response());
        assertThat(online.selectFirst("#time-left").text()).isEqualTo("2 hours");
        assertThat(online.selectFirst("form.logout").attr("action")).isEqualTo("http://" + DNS_NAME + "/logout");
    }

    @Test
    void anUnknownCodeIsSaidBeforeTheRouterIsAsked() {
        Response response = given().formParams(routerVariables()).formParam("code", "zzzz-zzzz-zz")
                .formParam("lang", "en").when().post("/portal/login");

        Document page = PageHtml.parse(response);
        assertThat(page.select("form#router-login")).isEmpty();
        assertThat(page.selectFirst("#reason").text()).isEqualTo("This code is not valid. Check it and try again.");
    }

    @Test
    void aLoginLinkThatIsNotTheRoutersIsRefused() {
        Response response = given().queryParam("router", routerId).queryParam("link-login-only",
                "http://127.0.0.10:8181/login").when().get("/portal");

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void aScannedCardGoesThroughTheRouterAndLogsInWithoutTyping() throws Exception {
        byte[] png = given().baseUri(vouchers.url()).auth().oauth2(operator)
                .when().get("/api/vouchers/{code}/qr.png", code)
                .then().statusCode(200).extract().asByteArray();
        String query = URI.create(decode(ImageIO.read(new ByteArrayInputStream(png)))).getRawQuery();
        assertThat(query).startsWith("v=");
        String token = query.substring(2);

        Response landing = given().redirects().follow(false).queryParam("v", token).when().get("/portal");
        assertThat(landing.statusCode()).isEqualTo(303);
        String back = "http://127.0.0.1:8080/portal?v=" + token;
        assertThat(landing.header("Location"))
                .isEqualTo(LOGIN + "?dst=" + URLEncoder.encode(back, StandardCharsets.UTF_8));

        // The router intercepts the login URL and its login.html comes back with its variables (PAP here).
        Document page = PageHtml.parse(given().queryParam("router", routerId).queryParam("link-login-only", LOGIN)
                .queryParam("link-orig", back).queryParam("lang", "en").when().get("/portal"));
        Element post = page.selectFirst("form#router-login");
        assertThat(post).as("the auto-post page, no code form").isNotNull();
        assertThat(post.selectFirst("input[name=username]").attr("value")).isEqualTo(code);
        assertThat(post.selectFirst("input[name=password]").attr("value")).isEqualTo(code);
    }

    private static String decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }

    private static String octal(byte[] octets) {
        StringBuilder text = new StringBuilder();
        for (byte octet : octets) {
            text.append('\\').append(String.format(Locale.ROOT, "%03o", octet & 0xff));
        }
        return text.toString();
    }
}
