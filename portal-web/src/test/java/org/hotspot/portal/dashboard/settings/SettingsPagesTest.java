package org.hotspot.portal.dashboard.settings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.portal.dashboard.DashboardBrowser.SignInForm;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.dashboard.DashboardUsers.User;
import org.hotspot.portal.dashboard.web.Formats;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.portal.web.Languages;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithRouterGateway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An org admin sets the organization's time zone, digits and second-factor policy, and the dashboard
 * follows at once: dates in Tehran's time, numbers in Persian digits, an operator without an
 * authenticator app sent to set one up at their next sign-in. A wrong zone comes back beside its field.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class SettingsPagesTest {

    @InjectAuthService
    AuthService auth;

    private DashboardUsers users;
    private User adminUser;
    private Session admin;

    @BeforeEach
    void anOrganizationAndItsAdmin() {
        users = DashboardUsers.organization(auth, "en");
        adminUser = users.user("ORG_ADMIN");
        admin = DashboardBrowser.signIn(adminUser);
    }

    private Map<String, String> settings(String timeZone, String digits, boolean requireTotp) {
        Map<String, String> fields = new HashMap<>(Map.of("name", "Tehran Wifi", "language", "en", "timeZone",
                timeZone, "currency", "IRR", "digits", digits));
        if (requireTotp) {
            fields.put("requireTotp", "on");
        }
        return fields;
    }

    /** An operator's id and creation time, as auth-service has them. */
    private Map<String, Object> operator(String username) {
        return given().baseUri(auth.url()).auth().oauth2(auth.adminAccessToken())
                .queryParam("organizationId", users.organizationId())
                .when().get("/api/operators")
                .then().statusCode(200)
                .extract().jsonPath().param("u", username).getMap("find { it.username == u }");
    }

    @Test
    void theTimeZoneAndPersianDigitsShowOnTheNextPage() {
        User clerk = users.user("OPERATOR");
        Map<String, Object> found = operator(clerk.username());
        Instant createdAt = Instant.parse((String) found.get("createdAt"));
        String personPath = "/dashboard/people/" + found.get("id");
        String inUtc = Formats.of(Languages.ENGLISH, ZoneId.of("UTC")).dateTime(createdAt);
        String inTehran = Formats.of(Languages.ENGLISH, ZoneId.of("Asia/Tehran")).dateTime(createdAt);
        assertThat(admin.page(personPath).selectFirst(".person-facts").text()).contains(inUtc);

        Response saved = admin.form().formParams(settings("Asia/Tehran", "latin", false)).when()
                .post("/dashboard/settings");
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        Document page = admin.page("/dashboard/settings?done=saved");
        assertThat(page.selectFirst("#status").text()).isEqualTo("The settings are saved.");
        assertThat(page.selectFirst("#timeZone").val()).isEqualTo("Asia/Tehran");
        assertThat(page.selectFirst("#currency").val()).isEqualTo("IRR");
        assertThat(admin.page(personPath).selectFirst(".person-facts").text()).contains(inTehran)
                .doesNotContain(inUtc);

        admin.form().formParams(settings("Asia/Tehran", "persian", false)).when().post("/dashboard/settings")
                .then().statusCode(303);
        String persian = Formats.of(Languages.ENGLISH, ZoneId.of("Asia/Tehran"), true).dateTime(createdAt);
        String facts = admin.page(personPath).selectFirst(".person-facts").text();
        assertThat(facts).contains(persian).containsPattern("[۰-۹]");
        assertThat(admin.page("/dashboard/settings").selectFirst("#digitsPersian").hasAttr("checked")).isTrue();
    }

    @Test
    void aTimeZoneSetThroughTheApiShowsOnTheDashboardToo() {
        // An organization no dashboard page has been written for yet, its zone set through the API.
        users = DashboardUsers.organization(auth, "en");
        User clerk = users.user("OPERATOR");
        Map<String, Object> found = operator(clerk.username());
        Instant createdAt = Instant.parse((String) found.get("createdAt"));
        given().baseUri(auth.url()).auth().oauth2(auth.adminAccessToken()).contentType("application/json")
                .body(Map.of("name", "Elsewhere", "requireTotp", false, "timeZone", "Asia/Tehran"))
                .when().put("/api/organizations/" + users.organizationId())
                .then().statusCode(200);
        Session other = DashboardBrowser.signIn(users.user("ORG_ADMIN"));
        String inTehran = Formats.of(Languages.ENGLISH, ZoneId.of("Asia/Tehran")).dateTime(createdAt);

        assertThat(other.page("/dashboard/people/" + found.get("id")).selectFirst(".person-facts").text())
                .contains(inTehran);
    }

    @Test
    void aWrongTimeZoneComesBackBesideItsFieldAsTyped() {
        Response refused = admin.form().formParams(settings("Asia/Tehrann", "latin", false)).when()
                .post("/dashboard/settings");

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.selectFirst("#timeZone").val()).isEqualTo("Asia/Tehrann");
        assertThat(page.selectFirst("#timeZone").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#timeZone-error").text()).startsWith("This is not a time zone name.");
        assertThat(page.selectFirst("#name").val()).isEqualTo("Tehran Wifi");
        assertThat(given().baseUri(auth.url()).auth().oauth2(auth.adminAccessToken())
                .when().get("/api/organizations/" + users.organizationId())
                .then().extract().jsonPath().getString("timeZone")).isEqualTo("UTC");
    }

    @Test
    void requiringASecondStepSendsAnOperatorWithoutOneToEnrolAtTheirNextSignIn() {
        User clerk = users.user("OPERATOR");
        assertThat(signIn(clerk).statusCode()).as("before: signed in at once").isEqualTo(303);

        admin.form().formParams(settings("UTC", "latin", true)).when().post("/dashboard/settings")
                .then().statusCode(303);
        assertThat(admin.page("/dashboard/settings").selectFirst("#requireTotp").hasAttr("checked")).isTrue();

        Response next = signIn(clerk);
        assertThat(next.statusCode()).isEqualTo(200);
        Document enrolment = Jsoup.parse(next.asString());
        assertThat(enrolment.select("img.qr")).hasSize(1);
        assertThat(enrolment.selectFirst("#secret").text().replace(" ", "")).matches("[A-Z2-7]{16,}");
    }

    @Test
    void theBrandingIsSavedAndAWrongColourRefused() {
        Response saved = admin.form().formParams(Map.of("displayName", "Café Wifi", "primaryColor", "#0a6ebd",
                "accentColor", "#f5a623", "termsText", "Be kind.")).when().post("/dashboard/settings/branding");
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        Document page = admin.page("/dashboard/settings?done=brandingSaved");
        assertThat(page.selectFirst("#displayName").val()).isEqualTo("Café Wifi");
        assertThat(page.selectFirst("#termsText").text()).isEqualTo("Be kind.");

        Response refused = admin.form().formParams(Map.of("displayName", "Café Wifi", "primaryColor", "blue",
                "accentColor", "#f5a623", "termsText", "")).when().post("/dashboard/settings/branding");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).selectFirst("#primaryColor-error").text())
                .isEqualTo("Choose a colour.");
    }

    private static Response signIn(User user) {
        SignInForm form = DashboardBrowser.openSignIn("en");
        return form.post().formParam("username", user.username()).formParam("password", user.password())
                .when().post("/dashboard/sign-in");
    }
}
