package org.hotspot.common.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.audit.AuditEntry;
import org.jboss.logging.Logger;

/**
 * Publishes audit events on {@code audit-events}, keyed by organization so one organization's log
 * stays in order. The returned {@link Uni} completes when the broker has the event (acks=all), so a
 * caller that must not act unaudited can wait for it.
 */
@ApplicationScoped
public class AuditLog {

    /** The outgoing channel; configured in this module's microprofile-config.properties. */
    public static final String CHANNEL = "audit-out";

    private final EventCodec codec = new EventCodec();
    private final Clock clock = Clock.systemUTC();

    @Inject
    @Channel(CHANNEL)
    MutinyEmitter<String> emitter;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /**
     * Records the event, but never holds the caller for long or fails it: a broker that does not
     * answer within two seconds, or refuses, is logged at error level with the whole entry (so it
     * is not lost from the logs) and the action goes on. For actions that must not be blocked by an
     * audit outage, such as logins.
     */
    public Uni<Void> recordBestEffort(String organizationId, String actor, String action, String targetType,
            String targetId, String clientAddress, AuditEntry.Result result, String detail) {
        return record(organizationId, actor, action, targetType, targetId, clientAddress, result, detail)
                .ifNoItem().after(Duration.ofSeconds(2)).fail()
                .onFailure().invoke(e -> Logger.getLogger(AuditLog.class).errorf(e,
                        "audit event not published: %s %s by %s in %s on %s %s (%s)", action, result, actor,
                        organizationId, targetType, targetId, detail))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Records one audit event of the organization. */
    public Uni<Void> record(String organizationId, String actor, String action, String targetType, String targetId,
            String clientAddress, AuditEntry.Result result, String detail) {
        AuditEntry entry = new AuditEntry(actor, action, targetType, targetId, clientAddress, result, detail, service);
        Event<AuditEntry> event = Event.of(AuditEntry.TYPE, organizationId, entry, clock);
        Message<String> message = Message.of(new String(codec.encode(event), UTF_8))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(organizationId).build());
        return emitter.sendMessage(message);
    }
}
