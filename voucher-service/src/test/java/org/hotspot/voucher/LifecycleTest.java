package org.hotspot.voucher;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hotspot.voucher.Fixtures.as;
import static org.hotspot.voucher.Fixtures.authorize;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.hotspot.events.EventCodec;
import org.hotspot.events.voucher.VoucherStateChanged;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.Topic;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every lifecycle transition, through its real entry point (a login, an operator's call, usage
 * totals on session-events, the expiry sweep), each seen as a voucher event and an audit event.
 */
@QuarkusTest
@WithAuthService
class LifecycleTest {

    @InjectAuthService
    AuthService auth;

    @InjectKafka
    String bootstrap;

    @Inject
    MongoClient mongo;

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

    private String firstUse(String code) {
        var decision = authorize(organization, code, "nas-1", "AA:BB:CC:10:00:01", "s1");
        assertThat(decision.getBoolean("accept")).isTrue();
        return decision.getString("voucherId");
    }

    @Test
    void firstUseActivates() {
        String code = codeOf(Fixtures.plan("p"));
        assertThat(Fixtures.voucher(operator, code).getString("state")).isEqualTo("UNUSED");
        String voucherId = firstUse(code);

        assertThat(Fixtures.voucher(operator, code).getString("state")).isEqualTo("ACTIVE");
        assertTransitions(voucherId, "UNUSED->ACTIVE");
        assertAudited(voucherId, "VOUCHER_ACTIVATED");
        // Sent events leave the outbox: the relay does not send them again and again.
        Instant deadline = Instant.now().plusSeconds(10);
        while (!mongo.getDatabase("hotspot-voucher").getCollection("vouchers")
                .find(Filters.eq("_id", voucherId)).first()
                .getList("outbox", Document.class).isEmpty()) {
            assertThat(Instant.now()).as("outbox emptied").isBefore(deadline);
            Fixtures.sleep(100);
        }
    }

    @Test
    void revokingIsFinal() {
        String code = codeOf(Fixtures.plan("p"));
        String voucherId = firstUse(code);

        as(operator).when().post("/api/vouchers/" + code + "/revoke").then().statusCode(200).body("state",
                is("REVOKED"));
        assertThat(authorize(organization, code, "nas-1", "AA:BB:CC:10:00:01", "s2").getString("reason"))
                .isEqualTo("revoked");
        as(operator).when().post("/api/vouchers/" + code + "/revoke").then().statusCode(409)
                .contentType("application/problem+json");
        as(operator).when().post("/api/vouchers/" + code + "/enable").then().statusCode(409);

        assertTransitions(voucherId, "UNUSED->ACTIVE", "ACTIVE->REVOKED");
        assertAudited(voucherId, "VOUCHER_REVOKED");
    }

    @Test
    void disablingIsUndoneByEnablingToTheStateBefore() {
        String code = codeOf(Fixtures.plan("p"));
        String voucherId = firstUse(code);

        as(operator).when().post("/api/vouchers/" + code + "/disable").then().statusCode(200).body("state",
                is("DISABLED"));
        assertThat(authorize(organization, code, "nas-1", "AA:BB:CC:10:00:01", "s2").getString("reason"))
                .isEqualTo("disabled");
        as(operator).when().post("/api/vouchers/" + code + "/enable").then().statusCode(200).body("state",
                is("ACTIVE"));
        assertThat(authorize(organization, code, "nas-1", "AA:BB:CC:10:00:01", "s3").getBoolean("accept")).isTrue();

        assertTransitions(voucherId, "UNUSED->ACTIVE", "ACTIVE->DISABLED", "DISABLED->ACTIVE");
        assertAudited(voucherId, "VOUCHER_DISABLED");
        assertAudited(voucherId, "VOUCHER_ENABLED");
    }

    @Test
    void usageTotalsOverTheDataQuotaExhaustIt() {
        Map<String, Object> plan = Fixtures.plan("1 GB");
        plan.put("dataQuotaBytes", 1_000_000_000L);
        String code = codeOf(plan);
        String voucherId = firstUse(code);
        Instant now = Instant.now();

        usage(voucherId, 60, 100_000_000, 400_000_000, now);
        awaitField(code, "bytesOut", "400000000");
        assertThat(Fixtures.voucher(operator, code).getString("state")).isEqualTo("ACTIVE");
        // An older report arriving late changes nothing.
        usage(voucherId, 30, 1, 1, now.minusSeconds(30));
        usage(voucherId, 120, 300_000_000, 700_000_000, now.plusSeconds(60));

        awaitField(code, "state", "EXHAUSTED");
        assertThat(Fixtures.voucher(operator, code).getLong("bytesIn")).isEqualTo(300_000_000L);
        assertThat(authorize(organization, code, "nas-1", "AA:BB:CC:10:00:01", "s2").getString("reason"))
                .isEqualTo("exhausted");
        assertTransitions(voucherId, "UNUSED->ACTIVE", "ACTIVE->EXHAUSTED");
        assertAudited(voucherId, "VOUCHER_EXHAUSTED");
    }

    @Test
    void aReportWithoutItsTimeIsSkippedAndTheNextOneApplied() {
        String code = codeOf(Fixtures.plan("no time"));
        String voucherId = firstUse(code);

        usage(voucherId, 60, 5_000, 7_000, null);
        usage(voucherId, 90, 11_000, 13_000, Instant.now());

        awaitField(code, "bytesOut", "13000");
        assertThat(Fixtures.voucher(operator, code).getLong("bytesIn")).isEqualTo(11_000L);
    }

    @Test
    void usageTotalsOverTheTimeQuotaExhaustIt() {
        Map<String, Object> plan = Fixtures.plan("1 h");
        plan.put("timeQuotaSeconds", 3_600);
        String code = codeOf(plan);
        String voucherId = firstUse(code);

        usage(voucherId, 3_600, 1_000, 1_000, Instant.now());
        awaitField(code, "state", "EXHAUSTED");
        assertThat(authorize(organization, code, "nas-1", "AA:BB:CC:10:00:01", "s2").getString("reason"))
                .isEqualTo("exhausted");
    }

    @Test
    void validityAfterFirstUseExpiresIt() {
        Map<String, Object> plan = Fixtures.plan("2 s");
        plan.put("validitySeconds", 2);
        String code = codeOf(plan);
        String voucherId = firstUse(code);

        awaitField(code, "state", "EXPIRED");
        assertThat(authorize(organization, code, "nas-1", "AA:BB:CC:10:00:01", "s2").getString("reason"))
                .isEqualTo("expired");
        assertTransitions(voucherId, "UNUSED->ACTIVE", "ACTIVE->EXPIRED");
        assertAudited(voucherId, "VOUCHER_EXPIRED");
    }

    @Test
    void anUnusedVoucherExpiresWithItsBatch() {
        Map<String, Object> order = Fixtures.batchOf(Fixtures.profile(operator), 1);
        order.put("expiresAt", Instant.now().plusSeconds(3).toString());
        String code = Fixtures.codes(operator, Fixtures.readyBatch(operator, order)).get(0);
        String voucherId = Fixtures.voucher(operator, code).getString("id");

        awaitField(code, "state", "EXPIRED");
        assertThat(authorize(organization, code, "nas-1", "AA:BB:CC:10:00:01", "s1").getString("reason"))
                .isEqualTo("expired");
        assertTransitions(voucherId, "UNUSED->EXPIRED");
    }

    private void usage(String voucherId, long seconds, long in, long out, Instant asOf) {
        Fixtures.usage(bootstrap, organization, voucherId, seconds, in, out, asOf);
    }

    private void awaitField(String code, String field, String expected) {
        Fixtures.awaitField(operator, code, field, expected);
    }

    /** The voucher's VoucherStateChanged events, as from->to, in order. */
    private void assertTransitions(String voucherId, String... expected) {
        List<String> events = Topic.await(bootstrap, "voucher-events",
                value -> value.contains("\"VoucherStateChanged\"") && value.contains(voucherId),
                found -> found.size() >= expected.length, Duration.ofSeconds(20));
        // The outbox sends at least once: a resent event has the same id and counts once.
        Map<UUID, String> transitions = new LinkedHashMap<>();
        for (String value : events) {
            var event = new EventCodec().decode(value.getBytes(UTF_8),
                    VoucherStateChanged.TYPE);
            assertThat(event.organizationId()).isEqualTo(organization);
            transitions.put(event.id(), event.payload().from() + "->" + event.payload().to());
        }
        assertThat(transitions.values()).containsExactly(expected);
    }

    private void assertAudited(String voucherId, String action) {
        List<String> audited = Topic.await(bootstrap, "audit-events-voucher-service",
                value -> value.contains(voucherId) && value.contains("\"" + action + "\""),
                found -> !found.isEmpty(), Duration.ofSeconds(20));
        assertThat(audited).as("audit event %s for %s", action, voucherId).isNotEmpty();
    }
}
