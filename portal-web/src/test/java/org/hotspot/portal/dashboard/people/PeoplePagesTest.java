package org.hotspot.portal.dashboard.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operators pages against the real auth-service: what the service refuses is said in words
 * (yourself, a platform admin, a taken name), an org admin is never offered the platform admin role,
 * resetting a second factor asks first, and operators and viewers are kept out of the area.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class PeoplePagesTest {

    @InjectAuthService
    AuthService auth;

    private DashboardUsers users;

    @BeforeEach
    void anOrganization() {
        users = DashboardUsers.organization(auth, "en");
    }

    private String idOf(String username) {
        return given().baseUri(auth.url()).auth().oauth2(auth.adminAccessToken())
                .queryParam("organizationId", users.organizationId())
                .when().get("/api/operators")
                .then().statusCode(200)
                .extract().jsonPath().param("u", username).getString("find { it.username == u }.id");
    }

    @Test
    void anAdminCannotDisableThemselfAndIsToldWhy() {
        User adminUser = users.user("ORG_ADMIN");
        Session admin = DashboardBrowser.signIn(adminUser);
        String self = idOf(adminUser.username());

        Response refused = admin.form().when().post("/dashboard/people/" + self + "/disable");

        assertThat(refused.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.selectFirst("[role=alert]").text())
                .contains("You cannot disable yourself or change your own role");
        assertThat(page.selectFirst(".person-facts").text()).contains("Active");
    }

    @Test
    void anOrgAdminIsNeitherOfferedNorGrantedThePlatformAdminRole() {
        Session admin = DashboardBrowser.signIn(users.user("ORG_ADMIN"));
        User other = users.user("OPERATOR");
        String id = idOf(other.username());
        Document person = admin.page("/dashboard/people/" + id);
        assertThat(person.select("#role option").eachAttr("value")).doesNotContain("PLATFORM_ADMIN");

        Response created = admin.form().formParams(Map.of("username", "boss-" + id.substring(0, 8), "password",
                "a-long-enough-password-1", "role", "PLATFORM_ADMIN")).when().post("/dashboard/people");
        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(created.asString()).selectFirst("#role-error").text())
                .isEqualTo("Choose one of the roles.");

        Response promoted = admin.form().formParam("role", "PLATFORM_ADMIN")
                .when().post("/dashboard/people/" + id + "/role");
        assertThat(promoted.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(promoted.asString()).selectFirst("[role=alert]").text())
                .contains("Only a platform administrator");
    }

    @Test
    void aTakenUsernameComesBackBesideItsField() {
        Session admin = DashboardBrowser.signIn(users.user("ORG_ADMIN"));
        User existing = users.user("VIEWER");

        Response again = admin.form().formParams(Map.of("username", existing.username(), "password",
                "another-long-password-2", "role", "OPERATOR")).when().post("/dashboard/people");

        assertThat(again.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(again.asString());
        assertThat(page.selectFirst("#username-error").text()).isEqualTo("This username is taken; choose another.");
        assertThat(page.selectFirst("#username").val()).isEqualTo(existing.username());
        assertThat(page.selectFirst("#password").val()).as("a password is never sent back").isEmpty();
    }

    @Test
    void resettingASecondFactorAsksFirstAndThenSendsThemToEnrolAgain() {
        Session admin = DashboardBrowser.signIn(users.user("ORG_ADMIN"));
        User withApp = users.userWithTotp("OPERATOR");
        String id = idOf(withApp.username());

        Document confirm = admin.page("/dashboard/people/" + id + "/totp");
        assertThat(confirm.selectFirst("main h1").text()).isEqualTo("Remove their authenticator app?");
        assertThat(confirm.select("form[action$='/totp'] input[name=_csrf]")).hasSize(1);
        Response reset = admin.form().when().post("/dashboard/people/" + id + "/totp");

        assertThat(reset.statusCode()).isEqualTo(303);
        Document person = admin.page(reset.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertThat(person.selectFirst(".person-facts").text()).contains("Not set up");
        assertThat(person.selectFirst("#status").text()).contains("The authenticator app is removed");
    }

    @Test
    void operatorsAndViewersAreKeptOutOfPeopleAndSettings() {
        for (String role : List.of("OPERATOR", "VIEWER", "RESELLER")) {
            Session session = DashboardBrowser.signIn(users.user(role));
            for (String path : List.of("/dashboard/people", "/dashboard/people/new", "/dashboard/settings")) {
                Response page = session.given().when().get(path);
                assertThat(page.statusCode()).as("%s GET %s", role, path).isEqualTo(403);
                assertThat(Jsoup.parse(page.asString()).select("form.people-form, form.settings-form")).isEmpty();
            }
            assertThat(session.form()
                    .formParams(Map.of("username", "sneaky-" + role.toLowerCase(Locale.ROOT), "password",
                            "a-long-enough-password-3", "role", "VIEWER"))
                    .when().post("/dashboard/people").statusCode())
                    .as("%s creating an operator", role).isEqualTo(403);
            assertThat(session.form().formParams(Map.of("name", "Mine now", "language", "en", "timeZone", "UTC",
                    "currency", "USD")).when().post("/dashboard/settings").statusCode())
                    .as("%s saving settings", role).isEqualTo(403);
        }
        assertThat(given().baseUri(auth.url()).auth().oauth2(auth.adminAccessToken())
                .queryParam("organizationId", users.organizationId()).when().get("/api/operators")
                .then().extract().jsonPath().getList("username", String.class))
                .noneMatch(name -> name.startsWith("sneaky-"));
    }
}
