package org.hotspot.portal.dashboard.signin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithRouterGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/**} through portal-web to the real services: the browser session's token goes along,
 * an unsafe call needs the session's CSRF header, an API client's own token passes as it is, and an
 * unknown collection is a problem.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class ApiProxyTest {

    @InjectAuthService
    AuthService auth;

    private DashboardUsers users;
    private Session session;

    @BeforeEach
    void signedIn() {
        users = DashboardUsers.organization(auth, "en");
        session = DashboardBrowser.signIn(users.user("OPERATOR"));
    }

    private static Map<String, Object> plan(String name) {
        return Map.of("name", name, "price", 1, "currency", "USD", "timeQuotaSeconds", 3600);
    }

    @Test
    void theSessionReadsAndWritesPlansAndAChangeNeedsItsCsrfHeader() {
        Response list = session.given().header("X-Request-Id", "dash-test-1").when().get("/api/profiles");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.header("X-Request-Id")).isEqualTo("dash-test-1");
        assertThat(list.headers().getValues("Set-Cookie")).isEmpty();
        assertThat(list.jsonPath().getList("$")).isEmpty();

        Response refused = session.given().contentType("application/json").body(plan("Hour"))
                .when().post("/api/profiles");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        Response created = session.given().contentType("application/json").header("X-CSRF-Token", session.csrf())
                .body(plan("Hour")).when().post("/api/profiles");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        List<String> names = session.given().when().get("/api/profiles").jsonPath().getList("name");
        assertThat(names).containsExactly("Hour");

        Response crossSite = session.given().contentType("application/json").header("X-CSRF-Token", session.csrf())
                .header("Origin", "https://evil.example").body(plan("Day")).when().post("/api/profiles");
        assertThat(crossSite.statusCode()).isEqualTo(403);
    }

    @Test
    void anApiClientsOwnTokenPassesAndUnknownPathsAreProblems() {
        String token = auth.tokenFor(users.organizationId(), "OPERATOR");
        given().auth().oauth2(token).when().get("/api/profiles").then().statusCode(200);
        given().when().get("/api/profiles").then().statusCode(401);

        Response unknown = session.given().when().get("/api/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.jsonPath().getString("requestId")).isNotBlank();
    }

    /**
     * The service is chosen by the path's first segment: a path a service would normalize into another
     * collection (auth-service's operators behind voucher-service's profiles) is refused, as sent on the
     * wire (a raw socket: HTTP clients tidy such paths before sending).
     */
    @Test
    void pathsWithDotSegmentsOrEncodedSeparatorsAreRefused() throws IOException {
        for (String path : List.of("/api/profiles/../operators", "/api/profiles/%2e%2e/operators",
                "/api/profiles/%2Foperators", "/api/profiles/.%2E/operators", "/api/profiles/./x",
                "/api/profiles//x", "/api/profiles/%5c..%5coperators")) {
            assertThat(statusLine(path)).as(path).contains(" 400 ");
        }
        assertThat(statusLine("/api/profiles")).as("a plain path still reaches its service").contains(" 401 ");
    }

    private static String statusLine(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }
}
