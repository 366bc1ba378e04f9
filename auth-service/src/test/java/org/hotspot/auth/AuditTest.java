package org.hotspot.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.hotspot.auth.service.SigningKeys;
import org.hotspot.common.audit.AuditLog;
import org.hotspot.common.security.Role;
import org.hotspot.events.Event;
import org.hotspot.events.audit.AuditEntry;
import org.hotspot.events.audit.AuditEntry.Result;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit log end to end: events published on {@code audit-events} through the real broker are
 * stored once and read back with {@code GET /api/audit}, filtered, paged, newest first, only by the
 * roles allowed and only within the caller's own organization.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class AuditTest {

    @Inject
    SigningKeys keys;

    @Inject
    AuditLog auditLog;

    @InjectKafka
    String bootstrap;

    private String organization;
    private AuditEvents events;

    @BeforeEach
    void newOrganization() {
        organization = "org-audit-" + UUID.randomUUID();
        events = new AuditEvents(bootstrap);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void eventsRecordedThroughTheAuditLogAreStoredAndReadNewestFirst() {
        record("alice", "OPERATOR_CREATED", "operator", "op-1", Result.SUCCESS, "role VIEWER");
        record("alice", "ROLE_CHANGED", "operator", "op-1", Result.SUCCESS, "VIEWER to OPERATOR");
        record("bob", "LOGIN_FAILED", null, null, Result.FAILURE, null);

        JsonPath page = AuditPages.awaitTotal(token(Role.ORG_ADMIN, organization), 3);

        assertThat(page.getList("items.action")).containsExactly("LOGIN_FAILED", "ROLE_CHANGED", "OPERATOR_CREATED");
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getInt("size")).isEqualTo(50);
        Map<String, Object> changed = page.getMap("items[1]");
        assertThat(changed).containsEntry("organizationId", organization)
                .containsEntry("actor", "alice")
                .containsEntry("targetType", "operator")
                .containsEntry("targetId", "op-1")
                .containsEntry("clientAddress", "203.0.113.9")
                .containsEntry("result", "SUCCESS")
                .containsEntry("detail", "VIEWER to OPERATOR")
                .containsEntry("service", "auth-service");
        assertThat(Instant.parse((String) changed.get("occurredAt"))).isBetween(
                Instant.now().minus(Duration.ofMinutes(5)), Instant.now());
        assertThat(page.getString("items[0].result")).isEqualTo("FAILURE");
    }

    @Test
    void theStoredServiceIsTheOneWhoseTopicTheEventCameOnNotTheOneItClaims() throws Exception {
        Event<AuditEntry> claimed = AuditEvents.event(organization, Instant.now(), "alice", "OPERATOR_CREATED");
        assertThat(claimed.payload().service()).isEqualTo("test-service");

        try (AuditEvents asGateway = new AuditEvents(bootstrap, "router-gateway")) {
            asGateway.send(claimed);
        }

        JsonPath page = AuditPages.awaitTotal(token(Role.ORG_ADMIN, organization), 1);
        assertThat(page.getString("items[0].id")).isEqualTo(claimed.id().toString());
        assertThat(page.getString("items[0].service")).isEqualTo("router-gateway");
    }

    @Test
    void anEventDeliveredTwiceIsStoredOnce() throws Exception {
        Instant now = Instant.now();
        Event<AuditEntry> twice = AuditEvents.event(organization, now, "alice", "PASSWORD_RESET");
        Event<AuditEntry> after = AuditEvents.event(organization, now.plusSeconds(1), "alice", "OPERATOR_DISABLED");

        events.send(twice);
        events.send(twice);
        events.send(after);

        // One key, one partition, read in order: once the later event is stored, both copies have been consumed.
        String token = token(Role.ORG_ADMIN, organization);
        await().atMost(AuditPages.ARRIVAL).pollInterval(Duration.ofMillis(200)).untilAsserted(
                () -> assertThat(AuditPages.get(token, Map.of("action", "OPERATOR_DISABLED")).getLong("total"))
                        .isOne());
        JsonPath all = AuditPages.get(token, Map.of());
        assertThat(all.getLong("total")).isEqualTo(2);
        assertThat(all.getList("items.id")).containsExactly(after.id().toString(), twice.id().toString());
    }

    @Test
    void filtersByActorActionAndTimeRange() throws Exception {
        Instant base = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        for (int hour = 0; hour < 6; hour++) {
            events.send(AuditEvents.event(organization, base.plus(Duration.ofHours(hour)),
                    hour % 2 == 0 ? "alice" : "bob", hour < 3 ? "LOGIN_SUCCEEDED" : "OPERATOR_CREATED"));
        }
        String token = token(Role.VIEWER, organization);
        AuditPages.awaitTotal(token, 6);

        assertThat(times(AuditPages.get(token, Map.of("actor", "alice"))))
                .containsExactly(base.plus(Duration.ofHours(4)), base.plus(Duration.ofHours(2)), base);
        assertThat(times(AuditPages.get(token, Map.of("action", "OPERATOR_CREATED"))))
                .containsExactly(base.plus(Duration.ofHours(5)), base.plus(Duration.ofHours(4)),
                        base.plus(Duration.ofHours(3)));
        assertThat(times(AuditPages.get(token, Map.of("actor", "bob", "action", "LOGIN_SUCCEEDED"))))
                .containsExactly(base.plus(Duration.ofHours(1)));

        JsonPath range = AuditPages.get(token, Map.of("from", base.plus(Duration.ofHours(1)).toString(),
                "to", base.plus(Duration.ofHours(4)).toString()));
        assertThat(times(range)).as("from inclusive, to exclusive").containsExactly(
                base.plus(Duration.ofHours(3)), base.plus(Duration.ofHours(2)), base.plus(Duration.ofHours(1)));
        assertThat(range.getLong("total")).isEqualTo(3);
        assertThat(AuditPages.get(token, Map.of("from", base.plus(Duration.ofHours(5)).toString())).getLong("total"))
                .isOne();
        assertThat(AuditPages.get(token, Map.of("to", base.toString())).getLong("total")).isZero();
        assertThat(AuditPages.get(token, Map.of("actor", "", "action", "")).getLong("total"))
                .as("blank filters are no filters").isEqualTo(6);
    }

    @Test
    void filtersByTheRecordActedOn() {
        record("alice", "ROLE_CHANGED", "operator", "op-1", Result.SUCCESS, null);
        record("alice", "ROLE_CHANGED", "operator", "op-2", Result.SUCCESS, null);
        String token = token(Role.ORG_ADMIN, organization);
        AuditPages.awaitTotal(token, 2);

        JsonPath page = AuditPages.get(token, Map.of("targetId", "op-1"));

        assertThat(page.getLong("total")).isOne();
        assertThat(page.getList("items.targetId")).containsExactly("op-1");
    }

    @Test
    void aDateAloneIsAWholeDayInUtc() throws Exception {
        Instant day = Instant.parse("2026-03-14T00:00:00Z");
        for (Instant at : List.of(day.minusSeconds(1), day, day.plus(Duration.ofHours(12)),
                day.plus(Duration.ofDays(1)).minusSeconds(1), day.plus(Duration.ofDays(1)))) {
            events.send(AuditEvents.event(organization, at, "alice", "LOGIN_SUCCEEDED"));
        }
        String token = token(Role.VIEWER, organization);
        AuditPages.awaitTotal(token, 5);

        assertThat(times(AuditPages.get(token, Map.of("from", "2026-03-14", "to", "2026-03-14"))))
                .containsExactly(day.plus(Duration.ofDays(1)).minusSeconds(1), day.plus(Duration.ofHours(12)), day);
        assertThat(AuditPages.get(token, Map.of("from", "2026-03-15")).getLong("total")).isOne();
    }

    @Test
    void anActionNothingRecordsIsA400NamingTheActionsThatExist() throws Exception {
        String token = token(Role.ORG_ADMIN, organization);

        given().auth().oauth2(token).queryParam("action", "LOGIN_FAILD").when().get("/api/audit")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("action"))
                .body("violations[0].message", Matchers.containsString("LOGIN_FAILED"));

        // An action a newer service records, before this list knows it, can still be searched.
        events.send(AuditEvents.event(organization, Instant.now(), "alice", "SOMETHING_NEWER"));
        AuditPages.awaitTotal(token, 1);
        assertThat(AuditPages.get(token, Map.of("action", "SOMETHING_NEWER")).getLong("total")).isOne();
    }

    @Test
    void pagesWalkTheLogNewestFirstWithTheTotal() throws Exception {
        Instant base = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        for (int minute = 0; minute < 5; minute++) {
            events.send(AuditEvents.event(organization, base.plus(Duration.ofMinutes(minute)), "alice",
                    "VOUCHER_REVOKED"));
        }
        String token = token(Role.PLATFORM_ADMIN, organization);
        AuditPages.awaitTotal(token, 5);

        JsonPath first = AuditPages.get(token, Map.of("size", 2));
        JsonPath second = AuditPages.get(token, Map.of("size", 2, "page", 1));
        JsonPath last = AuditPages.get(token, Map.of("size", 2, "page", 2));
        JsonPath beyond = AuditPages.get(token, Map.of("size", 2, "page", 3));

        assertThat(times(first)).containsExactly(base.plus(Duration.ofMinutes(4)), base.plus(Duration.ofMinutes(3)));
        assertThat(times(second)).containsExactly(base.plus(Duration.ofMinutes(2)), base.plus(Duration.ofMinutes(1)));
        assertThat(times(last)).containsExactly(base);
        assertThat(times(beyond)).isEmpty();
        for (JsonPath page : List.of(first, second, last, beyond)) {
            assertThat(page.getLong("total")).isEqualTo(5);
            assertThat(page.getInt("size")).isEqualTo(2);
        }
        assertThat(second.getInt("page")).isEqualTo(1);
    }

    @Test
    void anOrgAdminNeverSeesAnotherOrganizationsEntries() throws Exception {
        String other = "org-audit-" + UUID.randomUUID();
        events.send(AuditEvents.event(organization, Instant.now(), "alice", "LOGIN_SUCCEEDED"));
        events.send(AuditEvents.event(other, Instant.now(), "mallory", "OPERATOR_CREATED"));
        String admin = token(Role.ORG_ADMIN, organization);
        AuditPages.awaitTotal(token(Role.ORG_ADMIN, other), 1);

        JsonPath mine = AuditPages.awaitTotal(admin, 1);

        assertThat(mine.getList("items.organizationId")).containsOnly(organization);
        assertThat(mine.getList("items.actor")).containsExactly("alice");
        // The organization comes from the token; naming another one in the query changes nothing.
        JsonPath asked = AuditPages.get(admin, Map.of("organizationId", other));
        assertThat(asked.getList("items.actor")).containsExactly("alice");
        assertThat(AuditPages.get(admin, Map.of("actor", "mallory")).getLong("total")).isZero();
        assertThat(AuditPages.get(token(Role.PLATFORM_ADMIN, "platform"), Map.of("actor", "mallory"))
                .getLong("total")).as("a platform admin reads the platform's own log").isZero();
    }

    @Test
    void adminsAndViewersMayReadOperatorsResellersAndStrangersMayNot() {
        for (Role allowed : List.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN, Role.VIEWER)) {
            given().auth().oauth2(token(allowed, organization)).when().get("/api/audit")
                    .then().statusCode(200);
        }
        for (Role refused : List.of(Role.OPERATOR, Role.RESELLER)) {
            given().auth().oauth2(token(refused, organization)).when().get("/api/audit")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", is("/problems/forbidden"));
        }
        given().when().get("/api/audit")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", is("/problems/unauthorized"));
    }

    @Test
    void badParametersAreValidationProblemsNamingTheParameter() {
        Map<String, String> bad = Map.of(
                "from", "yesterday",
                "to", "2025-13-01T00:00:00Z",
                "page", "-1",
                "size", "501",
                "action", "login_failed",
                "actor", "a".repeat(129));
        String token = token(Role.ORG_ADMIN, organization);
        bad.forEach((parameter, value) -> given().auth().oauth2(token).queryParam(parameter, value)
                .when().get("/api/audit")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("/problems/validation"))
                .body("violations.field", hasItem(parameter)));
        // Times Java parses but no BSON date holds, and numbers past a long: refused, never a 500.
        for (String parameter : List.of("from", "to")) {
            for (String extreme : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
                    "1969-12-31T23:59:59Z", "10000-01-01T00:00:00Z")) {
                given().auth().oauth2(token).queryParam(parameter, extreme).when().get("/api/audit")
                        .then().statusCode(400).body("violations.field", hasItem(parameter));
            }
        }
        given().auth().oauth2(token).queryParam("page", "9223372036854775807").when().get("/api/audit")
                .then().statusCode(400).body("violations.field", hasItem("page"));
        for (String size : List.of("0", "ten")) {
            given().auth().oauth2(token).queryParam("size", size).when().get("/api/audit")
                    .then().statusCode(400).body("violations.field", hasItem("size"));
        }

        given().auth().oauth2(token)
                .queryParam("from", "2025-02-01T00:00:00Z").queryParam("to", "2025-01-01T00:00:00Z")
                .when().get("/api/audit")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("/problems/validation"))
                .body("detail", is("from must not be after to"));
    }

    private void record(String actor, String action, String targetType, String targetId, Result result,
            String detail) {
        auditLog.record(organization, actor, action, targetType, targetId, "203.0.113.9", result, detail)
                .await().atMost(Duration.ofSeconds(30));
    }

    private String token(Role role, String organizationId) {
        return TestTokens.token(keys, role.name().toLowerCase(Locale.ROOT) + "-auditor", role, organizationId);
    }

    private static List<Instant> times(JsonPath page) {
        return page.getList("items.occurredAt", String.class).stream().map(Instant::parse).toList();
    }
}
