package org.hotspot.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotspot.auth.service.SigningKeys;
import org.hotspot.common.audit.AuditLog;
import org.hotspot.common.security.Role;
import org.hotspot.events.EventCodec;
import org.hotspot.events.audit.AuditEntry.Result;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.Management;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

/**
 * A value on {@code audit-events} that is not an audit event neither stops the consumer nor
 * vanishes: it is logged, counted in {@code hotspot_audit_malformed_total} and parked with where it
 * came from, and the events after it are stored as usual.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class AuditParkingTest {

    private static final Pattern MALFORMED_TOTAL =
            Pattern.compile("(?m)^hotspot_audit_malformed_total(?:\\{[^}]*})? (\\S+)$");

    @Inject
    SigningKeys keys;

    @Inject
    AuditLog auditLog;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @InjectKafka
    String bootstrap;

    @Test
    void anUnreadableValueIsParkedAndCountedAndLaterEventsAreStillStored() throws Exception {
        String organization = "org-audit-" + UUID.randomUUID();
        double countedBefore = malformedTotal();
        String notJson = "this is no audit event " + UUID.randomUUID();
        String lowerCaseAction = new String(new EventCodec().encode(
                AuditEvents.event(organization, Instant.now(), "alice", "LOGIN_SUCCEEDED")), UTF_8)
                .replace("\"LOGIN_SUCCEEDED\"", "\"logged in\"");

        // Keyed like AuditLog keys its events: all three share a partition, so the good one comes last.
        try (AuditEvents events = new AuditEvents(bootstrap)) {
            events.sendRaw(organization, notJson);
            events.sendRaw(organization, lowerCaseAction);
        }
        auditLog.record(organization, "alice", "OPERATOR_CREATED", "operator", "op-7", "203.0.113.9",
                Result.SUCCESS, null).await().atMost(Duration.ofSeconds(30));

        JsonPath page = AuditPages.awaitTotal(TestTokens.token(keys, "auditor", Role.ORG_ADMIN, organization), 1);
        assertThat(page.getList("items.action")).containsExactly("OPERATOR_CREATED");

        Document garbage = parked(notJson);
        assertThat(garbage.getString("topic")).isEqualTo("audit-events-voucher-service");
        assertThat(garbage.getString("key")).isEqualTo(organization);
        assertThat(garbage.getInteger("partition")).isNotNegative();
        assertThat(garbage.getLong("offset")).isNotNegative();
        assertThat(garbage.getString("reason")).contains("not JSON");
        assertThat(garbage.getDate("parkedAt")).isNotNull();
        assertThat(parked(lowerCaseAction).getString("reason")).contains("upper snake case");
        assertThat(malformedTotal()).isGreaterThanOrEqualTo(countedBefore + 2);
    }

    private Document parked(String raw) {
        Document found = mongo.getDatabase(database).getCollection("parked_messages")
                .find(Filters.eq("raw", raw)).first();
        assertThat(found).as("parked message %s", raw).isNotNull();
        return found;
    }

    private static double malformedTotal() {
        String metrics = Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = MALFORMED_TOTAL.matcher(metrics);
        assertThat(matcher.find()).as("hotspot_audit_malformed_total in /q/metrics").isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
