package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hotspot.voucher.Fixtures.as;
import static org.hotspot.voucher.Fixtures.asPortal;
import static org.hotspot.voucher.Fixtures.asService;
import static org.hotspot.voucher.Fixtures.authorize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.Management;
import org.hotspot.testing.WithAuthService;
import org.hotspot.voucher.config.VoucherConfig;
import org.hotspot.voucher.service.VoucherKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** portal-web's precheck of a typed code and the status of the voucher it accepted, through the internal endpoints. */
@QuarkusTest
@WithAuthService
class PrecheckTest {

    /** Each precheck from its own device and address unless a test means otherwise, so the limits stay out of the way. */
    private static final AtomicInteger DEVICES = new AtomicInteger();
    private static final Pattern PRECHECKS =
            Pattern.compile("hotspot_voucher_prechecks_total\\{outcome=\"([\\w-]+)\"[^}]*} ([0-9.E]+)");

    @InjectAuthService
    AuthService auth;

    @InjectKafka
    String bootstrap;

    @Inject
    VoucherConfig config;

    @Inject
    VoucherKeys keys;

    private String organization;
    private String operator;

    @BeforeEach
    void anOrganization() {
        organization = auth.newOrganization();
        operator = auth.tokenFor(organization, "OPERATOR");
    }

    private String codeOf(Map<String, Object> plan) {
        return Fixtures.oneCode(operator, Fixtures.profile(operator, plan));
    }

    private static Map<String, Object> body(String organizationId, String code, String mac, String address) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("code", code);
        body.put("mac", mac);
        body.put("clientAddress", address);
        return body;
    }

    private ValidatableResponse precheck(String organizationId, String code, String mac, String address) {
        return asPortal().body(body(organizationId, code, mac, address)).when().post("/internal/precheck").then();
    }

    /** The answer to a precheck from a device and address of its own. */
    private JsonPath precheck(String organizationId, String code) {
        int device = DEVICES.incrementAndGet();
        return precheck(organizationId, code, String.format("AA:BB:CC:20:%02X:%02X", device / 256, device % 256),
                "10.6." + device / 256 + "." + device % 256).statusCode(200).extract().jsonPath();
    }

    private String outcome(String code) {
        return precheck(organization, code).getString("outcome");
    }

    private static JsonPath status(String token) {
        return asPortal().when().get("/internal/voucher-status/" + token).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aFreshVoucherIsOkAndItsTokenReadsWhatIsLeftWithoutUsingIt() {
        Map<String, Object> plan = Fixtures.plan("day pass");
        plan.put("timeQuotaSeconds", 7_200);
        plan.put("dataQuotaBytes", 5_000_000_000L);
        String code = codeOf(plan);

        // Typed in lower case with spaces, as customers do.
        JsonPath answer = precheck(organization, " " + code.toLowerCase(Locale.ROOT).substring(0, 4) + " "
                + code.toLowerCase(Locale.ROOT).substring(4));
        assertThat(answer.getString("outcome")).isEqualTo("ok");
        String token = answer.getString("statusToken");
        assertThat(token).isNotBlank().doesNotContain(code);

        JsonPath status = status(token);
        assertThat(status.getString("voucherId")).isEqualTo(Fixtures.voucher(operator, code).getString("id"));
        assertThat(status.getString("organizationId")).isEqualTo(organization);
        assertThat(status.getString("state")).isEqualTo("UNUSED");
        assertThat(status.getString("profileName")).isEqualTo("day pass");
        assertThat(status.getLong("timeLeftSeconds")).isEqualTo(7_200L);
        assertThat(status.getLong("bytesLeft")).isEqualTo(5_000_000_000L);
        assertThat(status.getString("validUntil")).isNull();
        // A precheck is no login: the voucher is still unused.
        assertThat(Fixtures.voucher(operator, code).getString("state")).isEqualTo("UNUSED");
    }

    @Test
    void theStatusShowsUsageAndAnActiveVoucherIsStillOk() {
        Map<String, Object> plan = Fixtures.plan("1 GB for a day");
        plan.put("dataQuotaBytes", 1_000_000_000L);
        plan.put("timeQuotaSeconds", 3_600);
        plan.put("validitySeconds", 86_400);
        String code = codeOf(plan);
        String voucherId = authorize(organization, code, "nas-1", "AA:BB:CC:10:00:01", "s1").getString("voucherId");
        Fixtures.usage(bootstrap, organization, voucherId, 600, 100_000_000, 300_000_000, Instant.now());
        awaitField(code, "bytesOut", "300000000");

        JsonPath answer = precheck(organization, code);
        assertThat(answer.getString("outcome")).isEqualTo("ok");
        JsonPath status = status(answer.getString("statusToken"));
        assertThat(status.getString("state")).isEqualTo("ACTIVE");
        assertThat(status.getLong("timeLeftSeconds")).isEqualTo(3_000L);
        assertThat(status.getLong("bytesLeft")).isEqualTo(600_000_000L);
        assertThat(Instant.parse(status.getString("validUntil")))
                .isEqualTo(Instant.parse(Fixtures.voucher(operator, code).getString("validUntil")));
    }

    @Test
    void unknownAndOtherOrganizationsCodesAreUnknownAndCounted() {
        String code = codeOf(Fixtures.plan("p"));
        double unknownBefore = prechecks("unknown");
        assertThat(outcome("NOSUCHCODE23")).isEqualTo("unknown");
        assertThat(outcome("--")).isEqualTo("unknown");
        assertThat(outcome("X".repeat(60))).isEqualTo("unknown");
        JsonPath elsewhere = precheck(auth.newOrganization(), code);
        assertThat(elsewhere.getString("outcome")).isEqualTo("unknown");
        assertThat(elsewhere.getString("statusToken")).isNull();
        assertThat(prechecks("unknown")).isGreaterThanOrEqualTo(unknownBefore + 4);
    }

    private static double prechecks(String outcome) {
        String metrics = Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = PRECHECKS.matcher(metrics);
        while (matcher.find()) {
            if (matcher.group(1).equals(outcome)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }

    @Test
    void revokedAndDisabledVouchersSaySo() {
        String revoked = codeOf(Fixtures.plan("p"));
        as(operator).when().post("/api/vouchers/" + revoked + "/revoke").then().statusCode(200);
        JsonPath answer = precheck(organization, revoked);
        assertThat(answer.getString("outcome")).isEqualTo("revoked");
        assertThat(answer.getString("statusToken")).isNull();

        String disabled = codeOf(Fixtures.plan("q"));
        as(operator).when().post("/api/vouchers/" + disabled + "/disable").then().statusCode(200);
        assertThat(outcome(disabled)).isEqualTo("disabled");
    }

    @Test
    void aVoucherPastItsValidityIsExpiredBeforeAnySweepSaysSo() {
        Map<String, Object> plan = Fixtures.plan("1 s");
        plan.put("validitySeconds", 1);
        String code = codeOf(plan);
        authorize(organization, code, "nas-1", "AA:BB:CC:10:00:01", "s1");
        Fixtures.sleep(1_100);
        assertThat(outcome(code)).isEqualTo("expired");
    }

    @Test
    void aVoucherWhoseDataIsSpentIsExhausted() {
        Map<String, Object> plan = Fixtures.plan("1 GB");
        plan.put("dataQuotaBytes", 1_000_000_000L);
        String code = codeOf(plan);
        String voucherId = authorize(organization, code, "nas-1", "AA:BB:CC:10:00:01", "s1").getString("voucherId");
        Fixtures.usage(bootstrap, organization, voucherId, 60, 400_000_000, 600_000_000, Instant.now());
        awaitField(code, "state", "EXHAUSTED");
        assertThat(outcome(code)).isEqualTo("exhausted");
    }

    @Test
    void aDeviceOverItsLimitIsRefusedWithRetryAfter() {
        String code = codeOf(Fixtures.plan("p"));
        int limit = config.precheck().macLimit();
        for (int i = 0; i < limit; i++) {
            // The same device, however its MAC is written, from addresses of its own.
            String mac = i % 2 == 0 ? "AA:BB:CC:30:00:01" : "aa-bb-cc-30-00-01";
            precheck(organization, i == 0 ? code : "NOSUCHCODE" + i, mac, "10.7.0." + i).statusCode(200);
        }
        precheck(organization, code, "AA:BB:CC:30:00:01", "10.7.1.1")
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", is("/problems/too-many-attempts"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        // Another organization's hotspots count apart.
        precheck(auth.newOrganization(), code, "AA:BB:CC:30:00:01", "10.7.1.1").statusCode(200);
    }

    @Test
    void anAddressOverItsLimitIsRefusedWhateverMacItSends() {
        int limit = config.precheck().addressLimit();
        for (int i = 0; i < limit; i++) {
            precheck(organization, "NOSUCHCODE" + i, String.format("AA:BB:CC:40:00:%02X", i), "10.8.0.1")
                    .statusCode(200);
        }
        precheck(organization, "NOSUCHCODE", "AA:BB:CC:40:01:00", "10.8.0.1")
                .statusCode(429)
                .body("type", is("/problems/too-many-attempts"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        // Without a MAC the address still counts.
        precheck(organization, "NOSUCHCODE", null, "10.8.0.1").statusCode(429);
    }

    @Test
    void aWrongCodeAndARightOneBothTakeAtLeastTheFloor() {
        String code = codeOf(Fixtures.plan("p"));
        // Once to put the voucher into Redis: the fastest a right code can be answered.
        assertThat(outcome(code)).isEqualTo("ok");
        long floor = config.precheck().floor().toNanos();
        for (String tried : new String[] {code, "NOSUCHCODE23", "--"}) {
            long started = System.nanoTime();
            precheck(organization, tried);
            assertThat(System.nanoTime() - started).as("precheck of %s", tried).isGreaterThanOrEqualTo(floor);
        }
    }

    @Test
    void aForgedAlteredOrExpiredStatusTokenOpensNothing() {
        String code = codeOf(Fixtures.plan("p"));
        String token = precheck(organization, code).getString("statusToken");
        String[] parts = token.split("\\.");
        String otherVoucher = codeOf(Fixtures.plan("q"));
        String otherId = Fixtures.voucher(operator, otherVoucher).getString("id");
        long later = Instant.now().plus(Duration.ofDays(30)).getEpochSecond();
        long past = Instant.now().minusSeconds(60).getEpochSecond();
        for (String forged : new String[] {otherId + "." + parts[1] + "." + parts[2],
                parts[0] + "." + later + "." + parts[2], parts[0] + "." + past + "." + parts[2],
                parts[0] + "." + parts[1] + ".AAAAAAAAAAAAAAAAAAAAAA", parts[0] + "." + parts[1], "x", "a.b.c"}) {
            asPortal().when().get("/internal/voucher-status/" + forged).then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", is("/problems/unknown-token"));
        }
        status(token);
    }

    @Test
    void aGenuineTokenPastItsExpiryOpensNothing() throws Exception {
        String code = codeOf(Fixtures.plan("p"));
        String voucherId = Fixtures.voucher(operator, code).getString("id");
        String expired = voucherId + "." + Instant.now().minusSeconds(1).getEpochSecond();
        String fresh = voucherId + "." + Instant.now().plusSeconds(60).getEpochSecond();

        asPortal().when().get("/internal/voucher-status/" + signed(expired)).then().statusCode(404);
        // Signed as the service signs: the same signature on a live expiry opens the status.
        assertThat(status(signed(fresh)).getString("voucherId")).isEqualTo(voucherId);
    }

    /** A status token as the service makes one, for an expiry of the test's choosing. */
    private String signed(String voucherIdAndExpiry) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(keys.statusKey(), "HmacSHA256"));
        byte[] tag = Arrays.copyOf(mac.doFinal(("status:" + voucherIdAndExpiry).getBytes(StandardCharsets.UTF_8)), 16);
        return voucherIdAndExpiry + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    }

    @Test
    void onlyPortalWebMayPrecheckOrReadAStatus() {
        String code = codeOf(Fixtures.plan("p"));
        String token = precheck(organization, code).getString("statusToken");
        Map<String, Object> body = body(organization, code, "AA:BB:CC:50:00:01", "10.9.0.1");
        asService().body(body).when().post("/internal/precheck").then().statusCode(403);
        as(operator).body(body).when().post("/internal/precheck").then().statusCode(403);
        asService().when().get("/internal/voucher-status/" + token).then().statusCode(403);
        as(auth.tokenFor(organization, "ORG_ADMIN")).when().get("/internal/voucher-status/" + token).then()
                .statusCode(403);
    }

    @Test
    void aPrecheckWithoutOrganizationOrCodeIsAValidationProblem() {
        precheck(null, "ABCDEFGH", "AA:BB:CC:60:00:01", "10.9.1.1")
                .statusCode(400).contentType("application/problem+json");
        precheck(organization, null, "AA:BB:CC:60:00:01", "10.9.1.1")
                .statusCode(400).contentType("application/problem+json");
        asPortal().when().post("/internal/precheck").then().statusCode(400);
    }

    private void awaitField(String code, String field, String expected) {
        Fixtures.awaitField(operator, code, field, expected);
    }
}
