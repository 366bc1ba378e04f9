package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hotspot.voucher.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.hamcrest.Matchers;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plans mean what they say: a zero quota (cards that never log in) and an absurd one (a
 * Long.MAX_VALUE that overflowed into a 500 at every login) are refused, each naming its field,
 * whether the plan is created or edited; the largest plan accepted logs in.
 */
@QuarkusTest
@WithAuthService
class PlanLimitsTest {

    private static final long TEN_YEARS = 316_224_000L;
    private static final long ONE_PIB = 1L << 50;
    private static final long INT32_MAX = Integer.MAX_VALUE;

    @InjectAuthService
    AuthService auth;

    private String organization;
    private String operator;

    @BeforeEach
    void anOrganization() {
        organization = auth.newOrganization();
        operator = auth.tokenFor(organization, "OPERATOR");
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "timeQuotaSeconds|0",
            "timeQuotaSeconds|9223372036854775807",
            "validitySeconds|0",
            "validitySeconds|9223372036854775807",
            "dataQuotaBytes|0",
            "dataQuotaBytes|9223372036854775807",
            "uploadQuotaBytes|0",
            "downloadQuotaBytes|9223372036854775807",
            "idleTimeoutSeconds|0",
            "idleTimeoutSeconds|9223372036854775807",
            "sharedUsers|1001",
    })
    void aZeroOrAbsurdValueIsRefusedNamingTheField(String field, long value) {
        Map<String, Object> plan = Fixtures.plan("limits " + field + value);
        plan.put(field, value);
        as(operator).body(plan).when().post("/api/profiles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("/problems/validation"))
                .body("violations.field", contains(field));

        String id = Fixtures.profile(operator);
        as(operator).body(Map.of(field, value)).when().put("/api/profiles/" + id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains(field));
    }

    @Test
    void aBatchExpiringMoreThanTenYearsAheadIsRefused() {
        Map<String, Object> batch = Fixtures.batchOf(Fixtures.profile(operator), 1);
        batch.put("expiresAt", Instant.now().plus(11 * 366, ChronoUnit.DAYS).toString());
        as(operator).body(batch).when().post("/api/batches").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("expiresAt"));
    }

    /** Times Java parses but nothing can store or add to: each a 400 naming expiresAt, never a 500. */
    @ParameterizedTest(name = "expiresAt {0} is refused")
    @ValueSource(strings = {"\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00Z\"",
            "\"1969-12-31T23:59:59Z\"", "9223372036854775807", "-9223372036854775808", "1e400", "-1e400",
            "9223372036854775807.999999999", "\"P999999999D\"", "\"+999999999-12-31\""})
    void anExtremeExpiryIsRefusedNamingIt(String expiresAt) {
        String body =
                "{\"profileId\":\"" + Fixtures.profile(operator) + "\",\"count\":1,\"expiresAt\":" + expiresAt + "}";
        as(operator).body(body).when().post("/api/batches").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("expiresAt"));
    }

    @Test
    void theLargestPlanAcceptedLogsInWithinRadiusLimits() {
        Map<String, Object> plan = Fixtures.plan("largest");
        plan.put("timeQuotaSeconds", TEN_YEARS);
        plan.put("validitySeconds", TEN_YEARS);
        plan.put("dataQuotaBytes", ONE_PIB);
        plan.put("idleTimeoutSeconds", 604_800);
        plan.put("sharedUsers", 1000);
        String code = Fixtures.oneCode(operator, Fixtures.profile(operator, plan));

        JsonPath decision = Fixtures.authorize(organization, code, "nas-1", "AA:BB:CC:00:00:01", "s1");
        assertThat(decision.getBoolean("accept")).isTrue();
        assertThat(decision.getLong("sessionTimeoutSeconds")).isBetween(TEN_YEARS - 60, INT32_MAX);
        assertThat(decision.getLong("dataLeftBytes")).isEqualTo(ONE_PIB);
        assertThat(Fixtures.authorize(organization, code, "nas-1", "AA:BB:CC:00:00:01", "s2").getBoolean("accept"))
                .as("the re-login too").isTrue();
    }

    @Test
    void aFieldLeftOutOfAnUpdateKeepsItsValueAndOnlyNullMeansUnlimited() {
        Map<String, Object> plan = Fixtures.plan("a day");
        plan.put("timeQuotaSeconds", 86_400);
        plan.put("dataQuotaBytes", 2_000_000_000L);
        String id = Fixtures.profile(operator, plan);

        as(operator).body(Map.of("name", "one day")).when().put("/api/profiles/" + id).then().statusCode(200)
                .body("name", is("one day"))
                .body("timeQuotaSeconds", is(86_400))
                .body("dataQuotaBytes", is(2_000_000_000));

        Map<String, Object> unlimitedData = new HashMap<>();
        unlimitedData.put("dataQuotaBytes", null);
        as(operator).body(unlimitedData).when().put("/api/profiles/" + id).then().statusCode(200)
                .body("timeQuotaSeconds", is(86_400))
                .body("dataQuotaBytes", Matchers.nullValue());
    }

    @ParameterizedTest(name = "{0} with a misspelt field is refused")
    @CsvSource({"PUT", "PATCH"})
    void aMisspeltFieldInAnUpdateIsRefusedNotIgnored(String method) {
        Map<String, Object> plan = Fixtures.plan("misspelt " + method);
        plan.put("timeQuotaSeconds", 3_600);
        String id = Fixtures.profile(operator, plan);

        as(operator).body(Map.of("timeQuota", 60)).when().request(method, "/api/profiles/" + id).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("/problems/unknown-field"))
                .body("title", is("Unknown field"))
                .body("violations.field", contains("timeQuota"))
                .body("violations[0].message", Matchers.containsString("timeQuotaSeconds"));
        as(operator).when().get("/api/profiles/" + id).then().statusCode(200)
                .body("timeQuotaSeconds", is(3_600));
    }
}
