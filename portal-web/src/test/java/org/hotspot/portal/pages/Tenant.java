package org.hotspot.portal.pages;

import static io.restassured.RestAssured.given;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.VoucherService;

/**
 * An organization in the real backends, as an operator sets it up: made in auth-service, its router
 * registered in router-gateway with its hotspot DNS name, its vouchers made in voucher-service.
 * Each test makes its own, so counts (the precheck limits) and brands never carry over.
 */
final class Tenant {

    static final String DNS_NAME = "127.0.0.9:8181";
    static final String LOGIN = "http://" + DNS_NAME + "/login";
    static final String LOGOUT = "http://" + DNS_NAME + "/logout";
    static final int CHAP_ID = 0xf9;
    static final byte[] CHALLENGE = HexFormat.of().parseHex("02b53350ba7cdf019324fe00688826ff");
    /** A 1×1 PNG. */
    static final String LOGO =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    final String organization;
    final String admin;
    final String operator;
    private final AuthService auth;
    private final VoucherService vouchers;
    private String routerId;

    private Tenant(AuthService auth, VoucherService vouchers, String language) {
        this.auth = auth;
        this.vouchers = vouchers;
        this.organization = auth.newOrganization("Café " + System.nanoTime(), language);
        this.admin = auth.tokenFor(organization, "ORG_ADMIN");
        this.operator = auth.tokenFor(organization, "OPERATOR");
    }

    /** An organization speaking {@code language}, with no router. */
    static Tenant withoutRouter(AuthService auth, VoucherService vouchers, String language) {
        return new Tenant(auth, vouchers, language);
    }

    /** An organization speaking {@code language}, with one router answering at {@link #DNS_NAME}. */
    static Tenant withRouter(AuthService auth, VoucherService vouchers, RouterGateway gateway, String language) {
        Tenant tenant = new Tenant(auth, vouchers, language);
        Map<String, Object> router = RouterGateway.routerAtLoopback(RouterGateway.newNasIdentifier(),
                RouterGateway.newSecret(), "lobby", 3799);
        router.put("hotspotDnsName", DNS_NAME);
        tenant.routerId = RouterGateway.register(given().baseUri(gateway.url()), tenant.admin, router);
        return tenant;
    }

    String routerId() {
        return routerId;
    }

    /** A new voucher with two hours on it; its code. */
    String newCode() {
        return vouchers.codes(operator, vouchers.newBatch(operator,
                vouchers.newProfile(operator, Map.of("timeQuotaSeconds", 7_200)), 1)).get(0);
    }

    /** Revokes the voucher of {@code code}. */
    void revoke(String code) {
        vouchers.revoke(admin, code);
    }

    /** The token of the voucher's QR code, read from the card's own qr.png as a phone would. */
    String qrToken(String code) throws Exception {
        byte[] png = given().baseUri(vouchers.url()).auth().oauth2(operator)
                .when().get("/api/vouchers/{code}/qr.png", code)
                .then().statusCode(200).extract().asByteArray();
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))));
        // The service's own image, square and sharp: read as a pure barcode. The general detector, made
        // for camera pictures, once misplaced its grid on such an image (a ChecksumException in CI).
        String text = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8",
                DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        return URI.create(text).getRawQuery().substring("v=".length());
    }

    /** Sets the organization's portal branding through auth-service's operator API. */
    void brand(Map<String, Object> branding) {
        given().baseUri(auth.url()).auth().oauth2(admin).contentType(ContentType.JSON).body(branding)
                .when().put("/api/organizations/{id}/branding", organization)
                .then().statusCode(200);
    }

    /** What the router's login.html sends with a CHAP challenge, as MikroTik writes its octets. */
    Map<String, String> routerVariables() {
        Map<String, String> variables = new HashMap<>(papVariables());
        variables.put("chap-id", octal(new byte[] {(byte) CHAP_ID}));
        variables.put("chap-challenge", octal(CHALLENGE));
        return variables;
    }

    /** What the router's login.html sends when it allows PAP only. */
    Map<String, String> papVariables() {
        return Map.of("router", routerId, "link-login-only", LOGIN, "link-orig", "http://example.com/",
                "link-logout", LOGOUT, "mac", "AA:BB:CC:DD:EE:42", "ip", "10.5.0.42", "identity", "Lobby");
    }

    static String octal(byte[] octets) {
        StringBuilder text = new StringBuilder();
        for (byte octet : octets) {
            text.append('\\').append(String.format(Locale.ROOT, "%03o", octet & 0xff));
        }
        return text.toString();
    }
}
