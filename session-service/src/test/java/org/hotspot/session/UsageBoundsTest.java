package org.hotspot.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.Test;

/**
 * Times at the edges of what Java parses, through {@code GET /api/usage} and
 * {@code GET /api/usage/latest}: each is a 400 naming its parameter, never a 500 from an overflow
 * or from a date MongoDB cannot store.
 */
@QuarkusTest
@WithAuthService
class UsageBoundsTest {

    private static final List<String> EXTREMES = List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59-18:00", "-999999999-01-01T00:00:00+18:00", "0000-01-01", "1969-12-31T23:59:59Z",
            "10000-01-01T00:00:00Z");

    @InjectAuthService
    AuthService auth;

    @Test
    void extremeTimesAreRefusedNamingTheirParameter() {
        String viewer = auth.tokenFor(auth.newOrganization(), "VIEWER");
        for (String value : EXTREMES) {
            for (Map.Entry<String, String> other : List.of(Map.entry("from", value), Map.entry("to", value))) {
                Response response = given().auth().oauth2(viewer).queryParam(other.getKey(), other.getValue())
                        .queryParam("interval", "day").when().get("/api/usage");
                assertRefused(response, other.getKey(), value);
            }
            Response both = given().auth().oauth2(viewer).queryParam("from", value).queryParam("to", value)
                    .when().get("/api/usage");
            assertRefused(both, null, value);
            Response latest = given().auth().oauth2(viewer).queryParam("since", value).when().get("/api/usage/latest");
            assertRefused(latest, "since", value);
        }
    }

    private static void assertRefused(Response response, String parameter, String value) {
        assertThat(response.statusCode()).as("%s=%s: %s", parameter, value, response.asString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (parameter != null) {
            assertThat(response.asString()).as("%s=%s", parameter, value).contains(parameter);
        }
    }
}
