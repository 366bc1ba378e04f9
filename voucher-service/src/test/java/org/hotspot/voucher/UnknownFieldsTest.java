package org.hotspot.voucher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.Test;

/**
 * A plan says what the operator meant or is refused: a misspelt field ({@code timeQuota} for
 * {@code timeQuotaSeconds}) used to be dropped, leaving a plan with no time limit. Also a query
 * parameter that is not a number is a 400 naming it, not a 404.
 */
@QuarkusTest
@WithAuthService
class UnknownFieldsTest {

    @InjectAuthService
    AuthService auth;

    @Test
    void aMisspeltQuotaIsRefusedByName() {
        String operator = auth.tokenFor(auth.newOrganization(), "OPERATOR");
        Map<String, Object> plan = new HashMap<>();
        plan.put("name", "1 hour");
        plan.put("price", 1);
        plan.put("currency", "USD");
        plan.put("timeQuota", 3600);

        given().auth().oauth2(operator).contentType("application/json").body(plan)
                .when().post("/api/profiles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("/problems/unknown-field"))
                .body("violations[0].field", is("timeQuota"))
                .body("violations[0].message", containsString("timeQuotaSeconds"));

        given().auth().oauth2(operator).when().get("/api/profiles")
                .then().statusCode(200)
                .body("size()", is(0));
    }

    @Test
    void aPageThatIsNotANumberIsA400NamingIt() {
        String operator = auth.tokenFor(auth.newOrganization(), "OPERATOR");

        given().auth().oauth2(operator).when().get("/api/batches?page=abc")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", is("page"));
    }
}
