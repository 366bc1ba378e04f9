package org.hotspot.portal.dashboard.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.portal.dashboard.DashboardBrowser.SignInForm;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.dashboard.DashboardUsers.User;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithRouterGateway;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forged and cross-site forms are refused before any page runs: a form POST without the session's
 * {@code _csrf}, with another session's, or from another site (by {@code Origin} or
 * {@code Sec-Fetch-Site}) gets a 403 page in the user's language and changes nothing.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class CsrfTest {

    @InjectAuthService
    AuthService auth;

    private User operator;
    private Session session;

    @BeforeEach
    void signedIn() {
        operator = DashboardUsers.organization(auth, "en").user("OPERATOR");
        session = DashboardBrowser.signIn(operator);
    }

    @Test
    void aFormPostWithoutTheTokenIsRefusedAndTheSessionLives() {
        Response refused = session.given().header("Accept-Language", "ru")
                .contentType("application/x-www-form-urlencoded").formParam("language", "fr")
                .when().post("/dashboard/account/language");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.asString()).selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(refused.asString()).contains("ничего не изменено");
        Response wrong = session.given().contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", session.csrf() + "x").when().post("/dashboard/sign-out");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(session.given().when().get("/dashboard").statusCode()).isEqualTo(200);
    }

    @Test
    void aCrossSiteFormPostIsRefusedEvenWithTheToken() {
        Response byOrigin = session.form().header("Origin", "https://evil.example")
                .when().post("/dashboard/sign-out");
        Response byFetchSite = session.form().header("Sec-Fetch-Site", "cross-site")
                .when().post("/dashboard/sign-out");

        Response byFetchSiteDespiteNullOrigin = session.form().header("Origin", "null")
                .header("Sec-Fetch-Site", "same-site").when().post("/dashboard/sign-out");

        assertThat(byOrigin.statusCode()).isEqualTo(403);
        assertThat(byFetchSiteDespiteNullOrigin.statusCode()).isEqualTo(403);
        assertThat(byFetchSite.statusCode()).isEqualTo(403);
        assertThat(session.given().when().get("/dashboard").statusCode()).isEqualTo(200);
        // The same form from this site signs out, as a browser sends it under no-referrer (Origin: null).
        assertThat(session.form().header("Sec-Fetch-Site", "same-origin").header("Origin", "null")
                .when().post("/dashboard/sign-out").statusCode()).isEqualTo(303);
    }

    @Test
    void theSignInFormNeedsItsTokenToo() {
        SignInForm form = DashboardBrowser.openSignIn("en");

        Response withoutToken = RestAssured.given().cookies(form.cookies()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("username", operator.username())
                .formParam("password", operator.password()).when().post("/dashboard/sign-in");

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.headers().getValues("Set-Cookie"))
                .noneMatch(cookie -> cookie.startsWith("__Host-hotspot="));
    }
}
