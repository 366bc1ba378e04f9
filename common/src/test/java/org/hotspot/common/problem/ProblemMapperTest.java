package org.hotspot.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.hotspot.testing.WithKafkaAndRedis;
import org.junit.jupiter.api.Test;

/** Every failure reaches the client as RFC 9457 problem+json, with no internals. */
@QuarkusTest
@WithKafkaAndRedis
class ProblemMapperTest {

    @Test
    void aDomainExceptionKeepsItsStatusTypeAndDetail() {
        given().when().get("/probe/expired")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", is("/problems/voucher-expired"))
                .body("title", is("Voucher expired"))
                .body("detail", is("Voucher ABC-123 expired on 2026-11-01"))
                .body("instance", is("/probe/expired"))
                .body("requestId", notNullValue());
    }

    @Test
    void invalidFieldsAreListedByName() {
        given().contentType("application/json").body("{\"name\":\" \",\"count\":0}")
                .when().post("/probe/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("/problems/validation"))
                .body("violations.field", hasItems("name", "count"));
    }

    @Test
    void bodyThatIsNotJsonIsA400() {
        given().contentType("application/json").body("{\"name\": ")
                .when().post("/probe/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("/problems/malformed-request"));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        given().contentType("application/json").body("{\"name\":\"x\",\"count\":\"many\"}")
                .when().post("/probe/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("/problems/malformed-request"))
                .body("violations[0].field", is("count"));
    }

    @Test
    void anUnknownFieldIsRefusedWithTheFieldsThatExist() {
        given().contentType("application/json").body("{\"name\":\"x\",\"count\":1,\"cuont\":2}")
                .when().post("/probe/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("/problems/unknown-field"))
                .body("violations[0].field", is("cuont"))
                .body("violations[0].message", containsString("count, name"));
    }

    @Test
    void aQueryParameterThatDoesNotConvertIsA400NamingIt() {
        given().when().get("/probe/usage?from=2026-12-01T00:00:00Z&day=2026-12-01&page=2&active=true")
                .then().statusCode(200);
        for (String[] wrong : new String[][] {{"from=abc", "from"}, {"day=12/01/2026", "day"}, {"page=two", "page"},
                {"active=yes", "active"}}) {
            given().when().get("/probe/usage?" + wrong[0])
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", is("/problems/validation"))
                    .body("violations[0].field", is(wrong[1]));
        }
    }

    @Test
    void wrongMethodAndMediaTypeAreProblems() {
        given().when().delete("/probe/expired")
                .then().statusCode(405).contentType("application/problem+json")
                .body("type", is("/problems/method-not-allowed"));
        given().contentType("text/plain").body("x").when().post("/probe/orders")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", is("/problems/unsupported-media-type"))
                .body("detail", containsString("application/json"));
    }

    @Test
    void forbiddenSaysSoWithoutTheInternalReason() {
        given().when().get("/probe/forbidden")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", is("/problems/forbidden"))
                .body(not(containsString("internal reason")));
    }

    @Test
    void anUnexpectedFailureIsA500WithARequestIdAndNoInternals() {
        given().header("X-Request-Id", "req-500").when().get("/probe/bug")
                .then().statusCode(500).contentType("application/problem+json")
                .header("X-Request-Id", "req-500")
                .body("type", is("/problems/internal"))
                .body("requestId", is("req-500"))
                .body("detail", containsString("req-500"))
                .body(not(containsString("hunter2")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void anInsaneRequestIdIsReplaced() {
        given().header("X-Request-Id", "<script>alert(1)</script>").when().get("/probe/expired")
                .then().statusCode(409)
                .header("X-Request-Id", not(containsString("<")))
                .body("requestId", not(containsString("<")));
    }
}
