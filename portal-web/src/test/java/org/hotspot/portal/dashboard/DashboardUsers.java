package org.hotspot.portal.dashboard;

import static io.restassured.RestAssured.given;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hotspot.testing.AuthService;

/**
 * Organizations and operators for dashboard tests, made through auth-service's real API by the
 * platform admin: each with a known password, and for a second step its TOTP secret, so a test
 * computes codes with {@link Totp}. Each test makes its own organization; nothing carries over.
 */
public final class DashboardUsers {

    private final AuthService auth;
    private final String organizationId;

    private DashboardUsers(AuthService auth, String organizationId) {
        this.auth = auth;
        this.organizationId = organizationId;
    }

    /** An operator as a test signs in: username, password, role, and the TOTP secret when enrolled. */
    public record User(String username, String password, String role, String organizationId, String totpSecret) {
    }

    /** A new organization speaking {@code language}, with no second step required. */
    public static DashboardUsers organization(AuthService auth, String language) {
        return new DashboardUsers(auth, newOrganization(auth, language, false));
    }

    /** A new organization that requires a second step of all its operators. */
    public static DashboardUsers organizationRequiringTotp(AuthService auth, String language) {
        return new DashboardUsers(auth, newOrganization(auth, language, true));
    }

    public String organizationId() {
        return organizationId;
    }

    public AuthService auth() {
        return auth;
    }

    /** A new operator of this role ({@code ORG_ADMIN}, {@code OPERATOR}, {@code RESELLER}, {@code VIEWER}). */
    public User user(String role) {
        String username =
                role.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "dashboard-password-" + UUID.randomUUID();
        given().baseUri(auth.url()).contentType("application/json").auth().oauth2(auth.adminAccessToken())
                .body(Map.of("username", username, "password", password, "role", role, "organizationId",
                        organizationId))
                .when().post("/api/operators")
                .then().statusCode(201);
        return new User(username, password, role, organizationId, null);
    }

    /**
     * A new operator with an authenticator app already enrolled: enrolled through auth-service's API
     * and confirmed with the previous time step's code, so the current and next steps' codes are
     * still unused for the test.
     */
    public User userWithTotp(String role) {
        User user = user(role);
        String secret = given().baseUri(auth.url()).contentType("application/json")
                .body(Map.of("username", user.username(), "password", user.password()))
                .when().post("/api/auth/totp/enrolment")
                .then().statusCode(200)
                .extract().path("secret");
        given().baseUri(auth.url()).contentType("application/json")
                .body(Map.of("username", user.username(), "password", user.password(), "totp", Totp.code(secret, -1)))
                .when().post("/api/auth/login")
                .then().statusCode(200);
        return new User(user.username(), user.password(), role, organizationId, secret);
    }

    private static String newOrganization(AuthService auth, String language, boolean requireTotp) {
        return given().baseUri(auth.url()).contentType("application/json").auth().oauth2(auth.adminAccessToken())
                .body(Map.of("name", "ISP " + UUID.randomUUID().toString().substring(0, 8), "requireTotp", requireTotp,
                        "language", language))
                .when().post("/api/organizations")
                .then().statusCode(201)
                .extract().path("id");
    }
}
