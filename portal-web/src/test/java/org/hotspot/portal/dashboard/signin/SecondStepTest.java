package org.hotspot.portal.dashboard.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.SignInForm;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.dashboard.DashboardUsers.User;
import org.hotspot.portal.dashboard.Totp;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithRouterGateway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The second step of signing in, against the real auth-service: the code of an authenticator app
 * for an account that has one, and the enrolment of one when the organization requires it (the QR
 * code drawn by portal-web and read back here, the key as text, the first code confirming it).
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class SecondStepTest {

    @InjectAuthService
    AuthService auth;

    @Test
    void anAccountWithAnAuthenticatorSignsInWithItsCodeAndNeverSeesItsPasswordAgain() {
        User operator = DashboardUsers.organization(auth, "en").userWithTotp("OPERATOR");
        SignInForm form = DashboardBrowser.openSignIn("en");

        Response codeStep = form.post().formParam("username", operator.username())
                .formParam("password", operator.password()).formParam("next", "/dashboard/account")
                .when().post("/dashboard/sign-in");

        assertThat(codeStep.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(codeStep.asString());
        assertThat(page.selectFirst("#code").attr("autocomplete")).isEqualTo("one-time-code");
        assertThat(page.selectFirst("label[for=code]")).isNotNull();
        assertThat(codeStep.asString()).doesNotContain(operator.password());

        Response wrong = form.post().formParam("code", "000000").when().post("/dashboard/sign-in/code");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(wrong.asString()).selectFirst("[role=alert]").text()).contains("code is wrong");

        Response signedIn = form.post().formParam("code", Totp.code(operator.totpSecret(), 0))
                .when().post("/dashboard/sign-in/code");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/dashboard/account");
        Map<String, String> cookies = new HashMap<>(signedIn.cookies());
        cookies.values().removeIf(String::isEmpty);
        Document account = DashboardBrowser.withCsrf(cookies).page("/dashboard/account");
        assertThat(account.selectFirst("#totp-status").text()).contains("authenticator app");

        // The pending sign-in is gone: the same code step cannot be replayed.
        Response again = form.post().formParam("code", Totp.code(operator.totpSecret(), 1))
                .when().post("/dashboard/sign-in/code");
        assertThat(again.statusCode()).isNotEqualTo(303);
    }

    @Test
    void anOrganizationRequiringASecondStepHasItsOperatorEnrolThroughThePage() throws Exception {
        User operator = DashboardUsers.organizationRequiringTotp(auth, "ar").user("VIEWER");
        SignInForm form = DashboardBrowser.openSignIn("ar");

        Response enrolment = form.post().header("Accept-Language", "ar").formParam("username", operator.username())
                .formParam("password", operator.password()).when().post("/dashboard/sign-in");

        assertThat(enrolment.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(enrolment.asString());
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        String secret = page.selectFirst("#secret").text().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{16,}");
        String qrSource = page.selectFirst("img.qr").attr("src");
        assertThat(qrSource).startsWith("/").doesNotContain("//");
        assertThat(page.selectFirst("img.qr").attr("alt")).isNotBlank();

        byte[] png = RestAssured.given().cookies(form.cookies()).when().get(qrSource).then()
                .statusCode(200).contentType("image/png")
                .header("Cache-Control", "no-store").extract().asByteArray();
        String uri = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))))).getText();
        assertThat(uri).startsWith("otpauth://totp/").contains("secret=" + secret);
        // Another browser (no sign-in cookie) gets no QR code.
        io.restassured.RestAssured.given().when().get(qrSource).then().statusCode(404);

        Response signedIn = form.post().formParam("code", Totp.code(secret, 0)).when().post("/dashboard/sign-in/code");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/dashboard");
    }
}
