package org.hotspot.portal.dashboard.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.dashboard.DashboardUsers.User;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithRouterGateway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The account page against the real auth-service: the password changed (the old one then no longer
 * signs in), a wrong current password or two different new ones said next to their fields, and the
 * language kept in the session for every page after.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class AccountTest {

    @InjectAuthService
    AuthService auth;

    @Test
    void thePasswordChangesAndOnlyTheNewOneSignsIn() {
        User operator = DashboardUsers.organization(auth, "en").user("OPERATOR");
        Session session = DashboardBrowser.signIn(operator);
        String replacement = "a-new-long-password-" + System.nanoTime();

        Response differ = session.form().formParam("currentPassword", operator.password())
                .formParam("newPassword", replacement).formParam("repeatPassword", replacement + "x")
                .when().post("/dashboard/account/password");
        assertThat(differ.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(differ.asString()).selectFirst("#new-error").text()).contains("not the same");

        Response wrongCurrent = session.form().formParam("currentPassword", "not-it")
                .formParam("newPassword", replacement).formParam("repeatPassword", replacement)
                .when().post("/dashboard/account/password");
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(wrongCurrent.asString());
        assertThat(page.selectFirst("#current-password").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#current-error").text()).contains("current password is wrong");

        Response changed = session.form().formParam("currentPassword", operator.password())
                .formParam("newPassword", replacement).formParam("repeatPassword", replacement)
                .when().post("/dashboard/account/password");
        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(303);
        assertThat(session.page(changed.header("Location")).selectFirst("#status").text()).contains("was changed");

        User renewed = new User(operator.username(), replacement, operator.role(), operator.organizationId(), null);
        assertThat(DashboardBrowser.signIn(renewed).csrf()).isNotBlank();
        Response old = DashboardBrowser.openSignIn("en").post().formParam("username", operator.username())
                .formParam("password", operator.password()).when().post("/dashboard/sign-in");
        assertThat(old.statusCode()).isEqualTo(401);
    }

    @Test
    void theChosenLanguageStaysWithTheSession() {
        Session session = DashboardBrowser.signIn(DashboardUsers.organization(auth, "en").user("VIEWER"));

        Response saved = session.form().formParam("language", "fa").when().post("/dashboard/account/language");

        assertThat(saved.statusCode()).isEqualTo(303);
        Document overview =
                Jsoup.parse(session.given().header("Accept-Language", "fr").when().get("/dashboard").asString());
        assertThat(overview.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(overview.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(session.page("/dashboard/account").selectFirst("#language option[selected]").val()).isEqualTo("fa");
    }
}
