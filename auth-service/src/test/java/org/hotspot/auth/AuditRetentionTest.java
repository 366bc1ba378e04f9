package org.hotspot.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hotspot.auth.service.AuditRetention;
import org.hotspot.auth.service.SigningKeys;
import org.hotspot.common.security.Role;
import org.hotspot.events.Event;
import org.hotspot.events.audit.AuditEntry;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The retention sweep deletes audit records older than the retention (365 days by default), and only those. */
@QuarkusTest
@WithKafkaRedisAndMongo
class AuditRetentionTest {

    @Inject
    SigningKeys keys;

    @Inject
    AuditRetention retention;

    @Inject
    Scheduler scheduler;

    @InjectKafka
    String bootstrap;

    @BeforeEach
    void pauseTheScheduledSweep() {
        assertThat(scheduler.getScheduledJob(AuditRetention.JOB)).as("the sweep is scheduled").isNotNull();
        // Else a scheduled sweep could delete the old records before this test has seen them arrive.
        scheduler.pause(AuditRetention.JOB);
    }

    @AfterEach
    void resumeTheScheduledSweep() {
        scheduler.resume(AuditRetention.JOB);
    }

    @Test
    void theSweepDeletesOnlyRecordsOlderThanTheRetention() throws Exception {
        String organization = "org-audit-" + UUID.randomUUID();
        Instant now = Instant.now();
        Event<AuditEntry> tenYearsOld = AuditEvents.event(organization, now.minus(Duration.ofDays(3650)), "alice",
                "LOGIN_SUCCEEDED");
        Event<AuditEntry> justExpired = AuditEvents.event(organization, now.minus(Duration.ofDays(366)), "alice",
                "LOGIN_SUCCEEDED");
        Event<AuditEntry> justKept = AuditEvents.event(organization, now.minus(Duration.ofDays(364)), "alice",
                "LOGIN_SUCCEEDED");
        Event<AuditEntry> recent = AuditEvents.event(organization, now.minus(Duration.ofHours(1)), "alice",
                "LOGIN_SUCCEEDED");
        try (AuditEvents events = new AuditEvents(bootstrap)) {
            for (Event<AuditEntry> event : List.of(tenYearsOld, justExpired, justKept, recent)) {
                events.send(event);
            }
        }
        String token = TestTokens.token(keys, "auditor", Role.ORG_ADMIN, organization);
        AuditPages.awaitTotal(token, 4);

        long deleted = retention.sweep().await().atMost(Duration.ofSeconds(30));

        assertThat(deleted).isGreaterThanOrEqualTo(2);
        assertThat(AuditPages.get(token, Map.of()).getList("items.id"))
                .containsExactly(recent.id().toString(), justKept.id().toString());
    }
}
