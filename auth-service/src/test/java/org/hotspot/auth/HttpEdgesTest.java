package org.hotspot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.hotspot.auth.RawHttp.Answer;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

/**
 * What a careless or hostile client sends at the HTTP layer (common's handlers, seen through
 * auth-service): every wrong request is answered with a problem+json that says what was wrong,
 * including the ones Vert.x refuses before any resource is chosen.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class HttpEdgesTest {

    private static final String LOGIN = "{\"username\":\"nobody-here\",\"password\":\"not-the-password-at-all\"}";

    /** A body without Content-Type is read as JSON, the only type the API takes; any other type is told so. */
    @Test
    void aBodyIsReadAsJsonAndAnyOtherTypeIsToldToSendJson() throws Exception {
        // java.net.http sends no Content-Type unless told to.
        HttpResponse<String> untyped = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + "/api/auth/login"))
                        .POST(HttpRequest.BodyPublishers.ofString(LOGIN)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(untyped.statusCode()).isEqualTo(401);
        assertThat(new JsonPath(untyped.body()).getString("type")).isEqualTo("/problems/invalid-credentials");

        Api.from(Api.newAddress()).contentType("application/x-www-form-urlencoded")
                .body("username=nobody&password=whatever-it-is")
                .when().post("/api/auth/login")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", is("/problems/unsupported-media-type"))
                .body("detail", containsString("Content-Type: application/json"));
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        String admin = Api.adminToken();
        String organization = Api.newOrganization(admin);

        Api.as(admin).body(Map.of("username", "typo-" + System.nanoTime(), "password", Api.PASSWORD,
                "role", "OPERATOR", "organizationId", organization, "rol", "VIEWER"))
                .when().post("/api/operators")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("/problems/unknown-field"))
                .body("violations[0].field", is("rol"))
                .body("violations[0].message", containsString("role"));
    }

    /** A right-to-left override would make a name read backwards on every dashboard that shows it. */
    @Test
    void anOrganizationNameWithABidiOverrideIsRefusedByField() {
        String admin = Api.adminToken();
        Api.as(admin).body("{\"name\":\"ISP \\u202Egnp.exe\",\"requireTotp\":false}")
                .when().post("/api/organizations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("/problems/validation"))
                .body("violations.size()", is(1))
                .body("violations[0].field", is("name"));

        Api.as(admin).body(Map.of("name", "شبکه\u200cی کافه " + System.nanoTime(), "requireTotp", false))
                .when().post("/api/organizations")
                .then().statusCode(201);
    }

    @Test
    void malformedJsonAndWrongTypesAreProblemsNamingTheField() {
        Api.from(Api.newAddress()).body("{\"username\": \"a\", \"password\": ")
                .when().post("/api/auth/login")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("/problems/malformed-request"));

        String admin = Api.adminToken();
        Api.as(admin).body(Map.of("username", "wrong-role-" + System.nanoTime(), "password", Api.PASSWORD,
                "role", "SUPERUSER"))
                .when().post("/api/operators")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", is("role"))
                .body("violations[0].message", containsString("RESELLER"));

        Api.as(admin).body(Map.of("name", "ISP", "requireTotp", Map.of("yes", true)))
                .when().post("/api/organizations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", is("requireTotp"));
    }

    @Test
    void aTooLongUriIs414Problem() throws Exception {
        Answer answer = RawHttp.send(RestAssured.port,
                "GET /api/organizations?q=" + "x".repeat(9_000) + " HTTP/1.1\r\nHost: 127.0.0.1", null);

        assertThat(answer.status()).isEqualTo(414);
        assertProblem(answer, "/problems/uri-too-long");
    }

    @Test
    void tooLargeHeadersAre431Problem() throws Exception {
        Answer answer = RawHttp.send(RestAssured.port,
                "GET /api/organizations HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "y".repeat(30_000), null);

        assertThat(answer.status()).isEqualTo(431);
        assertProblem(answer, "/problems/request-header-fields-too-large");
    }

    @Test
    void aTooLargeBodyIs413ProblemBeforeItIsRead() throws Exception {
        Answer answer = RawHttp.send(RestAssured.port, "POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: 50000000", null);

        assertThat(answer.status()).isEqualTo(413);
        assertProblem(answer, "/problems/content-too-large");
    }

    @Test
    void aBadPercentEscapeIs400Problem() throws Exception {
        Answer inPath = RawHttp.send(RestAssured.port, "GET /api/organizations/%zz HTTP/1.1\r\nHost: 127.0.0.1", null);
        Answer inQuery = RawHttp.send(RestAssured.port,
                "GET /api/audit?actor=%zz HTTP/1.1\r\nHost: 127.0.0.1", null);

        assertThat(inPath.status()).isEqualTo(400);
        assertProblem(inPath, "/problems/malformed-request");
        assertThat(inQuery.status()).isEqualTo(400);
        assertProblem(inQuery, "/problems/malformed-request");
    }

    private static void assertProblem(Answer answer, String type) {
        assertThat(answer.contentType()).as(answer.toString()).isEqualTo("application/problem+json");
        assertThat(answer.json().getString("type")).isEqualTo(type);
        assertThat(answer.json().getInt("status")).isEqualTo(answer.status());
        assertThat(answer.json().getString("detail")).isNotBlank();
    }
}
