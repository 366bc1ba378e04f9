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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An operator signing in to the dashboard with a password, against the real auth-service: the
 * session cookie holds only a random id (HttpOnly, Secure, SameSite=Strict, {@code __Host-}), the
 * overview shows who signed in, and a wrong password says so in the browser's language.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class SignInTest {

    @InjectAuthService
    AuthService auth;

    private DashboardUsers users;

    @BeforeEach
    void anOrganization() {
        users = DashboardUsers.organization(auth, "en");
    }

    @Test
    void aPasswordSignsInAndTheOverviewNamesTheOperator() {
        User operator = users.user("OPERATOR");
        SignInForm form = DashboardBrowser.openSignIn("en");
        assertThat(form.page().selectFirst("#username").attr("autocomplete")).isEqualTo("username");
        assertThat(form.page().selectFirst("#password").attr("autocomplete")).isEqualTo("current-password");
        assertThat(form.page().selectFirst("label[for=username]")).isNotNull();

        Response signedIn = form.post().formParam("username", operator.username())
                .formParam("password", operator.password()).formParam("next", "/dashboard/account")
                .when().post("/dashboard/sign-in");

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/dashboard/account");
        String cookie = signedIn.headers().getValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("__Host-hotspot=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").contains("Secure").contains("SameSite=Strict")
                .contains("Path=/")
                .doesNotContain("Domain");
        assertThat(cookie.substring("__Host-hotspot=".length(), cookie.indexOf(';'))).matches("[A-Za-z0-9_-]{43}")
                .doesNotContain(".");

        Session session = DashboardBrowser.withCsrf(signedIn.cookies());
        Document overview = session.page("/dashboard");
        assertThat(overview.selectFirst(".operator").text()).contains(operator.username()).contains("operator");
        assertThat(overview.select("nav.sections a[aria-current=page]").text()).isEqualTo("Overview");
    }

    @Test
    void aWrongPasswordSaysSoInTheBrowsersLanguageAndKeepsTheUsername() {
        User operator = users.user("OPERATOR");
        SignInForm form = DashboardBrowser.openSignIn("fr");

        Response refused = form.post().header("Accept-Language", "fr").formParam("username", operator.username())
                .formParam("password", "not-" + operator.password()).when().post("/dashboard/sign-in");

        assertThat(refused.statusCode()).isEqualTo(401);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.selectFirst("[role=alert]").text()).contains("mot de passe est incorrect");
        assertThat(page.selectFirst("#username").val()).isEqualTo(operator.username());
        assertThat(page.selectFirst("#password").val()).isEmpty();
        assertThat(refused.asString()).doesNotContain(operator.password());
    }

    @Test
    void tooManyWrongPasswordsSayHowLongToWait() {
        User operator = users.user("OPERATOR");
        SignInForm form = DashboardBrowser.openSignIn("en");

        Response last = null;
        for (int attempt = 0; attempt < 10 && (last == null || last.statusCode() != 429); attempt++) {
            last = form.post().formParam("username", operator.username()).formParam("password", "wrong-" + attempt)
                    .when().post("/dashboard/sign-in");
        }

        assertThat(last.statusCode()).isEqualTo(429);
        String seconds = last.header("Retry-After");
        assertThat(seconds).matches("[1-9][0-9]*");
        assertThat(Jsoup.parse(last.asString()).selectFirst("[role=alert]").text())
                .isEqualTo("Too many failed attempts. Try again in " + seconds + " seconds.");
    }

    @Test
    void aPageWithoutASessionSendsTheBrowserToSignInAndBack() {
        Response page = RestAssured.given().redirects().follow(false).when().get("/dashboard/account");

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.header("Location")).endsWith("/dashboard/sign-in?next=%2Fdashboard%2Faccount");
    }
}
