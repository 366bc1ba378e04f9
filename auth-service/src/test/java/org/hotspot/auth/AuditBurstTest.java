package org.hotspot.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotspot.auth.service.SigningKeys;
import org.hotspot.common.security.Role;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.MongoCommands;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

/**
 * A burst of audit events (a morning rush of first uses audits every activation) is stored in a few
 * shared writes, not one insert each; an unreadable value in the middle of it is parked on its own
 * and every event around it stored, once, even when the burst is delivered again.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class AuditBurstTest {

    private static final int EVENTS = 100;

    @Inject
    SigningKeys keys;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @InjectKafka
    String bootstrap;

    @Test
    void aBurstIsAFewInsertsAndAnUnreadableValueInItIsParked() throws Exception {
        String organization = "org-burst-" + UUID.randomUUID();
        String notAnEvent = "not an audit event " + UUID.randomUUID();
        List<String> values = new ArrayList<>();
        try (AuditEvents events = new AuditEvents(bootstrap)) {
            for (int i = 0; i < EVENTS; i++) {
                values.add(
                        events.encoded(AuditEvents.event(organization, Instant.now(), "system", "VOUCHER_ACTIVATED")));
                if (i == EVENTS / 2) {
                    values.add(notAnEvent);
                }
            }
            // The first half again, as a redelivery after a crash would bring it.
            values.addAll(values.subList(0, EVENTS / 2));

            MongoCommands before = MongoCommands.now();
            events.sendAllRaw(organization, values);
            JsonPath page =
                    AuditPages.awaitTotal(TestTokens.token(keys, "auditor", Role.ORG_ADMIN, organization), EVENTS);
            MongoCommands after = MongoCommands.now();

            assertThat(page.getList("items.action")).containsOnly("VOUCHER_ACTIVATED");
            assertThat(before.until(after, "insert", "audit_records")).as("inserts, %s", after).isBetween(1L, 15L);
        }
        assertThat(mongo.getDatabase(database).getCollection("parked_messages").find(Filters.eq("raw", notAnEvent))
                .first()).as("the unreadable value, parked").isNotNull();
    }
}
