package org.hotspot.auth.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hotspot.auth.AuditRecord;
import org.hotspot.auth.messaging.ParkedMessages.Origin;
import org.hotspot.auth.repository.AuditRecordRepository;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.EventFormatException;
import org.hotspot.events.Topics;
import org.hotspot.events.audit.AuditEntry;
import org.jboss.logging.Logger;

/**
 * Stores every service's audit events, each with the service that produced it as the topic says:
 * each service writes only its own {@code audit-events-<service>} (the broker's ACLs), so a
 * service's claim in the event itself is not taken for it. A redelivered event is stored once (its id is the record's
 * id). A value that is not an audit event is logged, counted and parked, and the consumer moves on:
 * one bad producer must not stop the audit log of every other. A store that keeps failing is retried
 * with backoff, then the message is nacked so it is read again rather than lost.
 */
@ApplicationScoped
// Created at start, not on the first message, so the malformed counter is exported as 0 from the
// beginning: an alert on its increase needs the series to exist before the first bad value.
@Startup
public class AuditConsumer {

    private static final Logger LOG = Logger.getLogger(AuditConsumer.class);

    // 250 ms doubling up to 8 s, 7 times: about 24 s, longer than a replica-set primary election takes.
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    private static final int RETRIES = 7;

    private final EventCodec codec = new EventCodec();
    private final AuditRecordRepository records;
    private final ParkedMessages parked;
    private final Counter malformed;

    AuditConsumer(AuditRecordRepository records, ParkedMessages parked, MeterRegistry registry) {
        this.records = records;
        this.parked = parked;
        this.malformed = Counter.builder("hotspot.audit.malformed")
                .description("Values on audit-events that were not audit events; each is in parked_messages")
                .register(registry);
    }

    /**
     * A poll's records as the broker hands them over, stored in one write: a morning rush of first uses brings
     * an activation record each, and one insert per record cost auth-service milliseconds per login.
     */
    @Incoming(Channels.AUDIT_IN)
    public Uni<Void> consume(KafkaRecordBatch<String, String> poll) {
        return storeOrPark(poll.getRecords())
                .chain(() -> ack(poll))
                .onFailure().recoverWithUni(failure -> nack(poll, failure));
    }

    private Uni<Void> storeOrPark(List<KafkaRecord<String, String>> messages) {
        List<AuditRecord> readable = new ArrayList<>(messages.size());
        List<Supplier<Uni<? extends Void>>> parkings = new ArrayList<>();
        for (KafkaRecord<String, String> message : messages) {
            String raw = message.getPayload();
            Event<AuditEntry> event;
            try {
                event = decode(raw);
            } catch (RuntimeException unreadable) {
                // Not only EventFormatException: any value the codec chokes on would otherwise be a poison
                // pill, nacked and redelivered forever.
                parkings.add(park(message, raw, unreadable));
                continue;
            }
            readable.add(stored(message, event));
        }
        return withRetries(() -> records.storeAllOnce(readable))
                .chain(() -> Multi.createFrom().iterable(parkings)
                        .onItem().transformToUniAndConcatenate(parking -> withRetries(parking))
                        .collect().last()
                        .replaceWithVoid());
    }

    /** The record as stored, with the service that produced it as its topic says. */
    private static AuditRecord stored(Message<String> message, Event<AuditEntry> event) {
        String producer = Topics.auditProducer(origin(message).topic());
        if (producer != null && !producer.equals(event.payload().service())) {
            LOG.warnf("Audit event %s on %s claims service %s; stored as %s's", event.id(), origin(message),
                    event.payload().service(), producer);
        }
        return AuditRecord.of(event, producer);
    }

    private Event<AuditEntry> decode(String raw) {
        if (raw == null) {
            throw new EventFormatException("the record has no value");
        }
        return codec.decode(raw.getBytes(UTF_8), AuditEntry.TYPE);
    }

    /** Logs and counts the unreadable value once; the write that parks it, to be retried on its own. */
    private Supplier<Uni<? extends Void>> park(Message<String> message, String raw, RuntimeException unreadable) {
        Origin origin = origin(message);
        String reason = reason(unreadable);
        LOG.warnf("Parked a value on %s that is not an audit event: %s", origin, reason);
        malformed.increment();
        return () -> parked.park(origin, raw, reason);
    }

    /** Retries a MongoDB write with backoff; the write must be idempotent, since a timed-out one may have landed. */
    private static Uni<Void> withRetries(Supplier<Uni<? extends Void>> write) {
        return Uni.createFrom().deferred(write)
                .onFailure()
                .invoke(failure -> LOG.warnf("Audit store write failed, will retry: %s", failure.toString()))
                .onFailure().retry().withBackOff(FIRST_BACKOFF, MAX_BACKOFF).atMost(RETRIES);
    }

    private static Uni<Void> ack(Message<?> message) {
        return Uni.createFrom().completionStage(message::ack);
    }

    /**
     * The channel's failure strategy is {@code fail}: it stops, health reports DOWN so the platform
     * restarts the pod, and the record is read again from the last committed offset.
     */
    private static Uni<Void> nack(KafkaRecordBatch<String, String> poll, Throwable failure) {
        LOG.errorf(failure, "Audit events from %s not stored after %d retries; stopping so they are read again",
                poll.getRecords().isEmpty() ? "an empty poll" : origin(poll.getRecords().get(0)), RETRIES);
        return Uni.createFrom().completionStage(() -> poll.nack(failure));
    }

    private static Origin origin(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> new Origin(kafka.getTopic(), kafka.getPartition(), kafka.getOffset(),
                        Objects.toString(kafka.getKey(), null)))
                .orElseGet(() -> new Origin(Topics.AUDIT_EVENTS, -1, -1, null));
    }

    /** The codec's message and the first line of its cause: enough to see what was wrong, no stack trace. */
    private static String reason(Throwable unreadable) {
        String reason = String.valueOf(unreadable.getMessage());
        Throwable cause = unreadable.getCause();
        if (cause != null && cause.getMessage() != null) {
            reason += ": " + cause.getMessage().lines().findFirst().orElse("");
        }
        return reason;
    }
}
