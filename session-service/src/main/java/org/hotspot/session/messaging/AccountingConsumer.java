package org.hotspot.session.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.EventFormatException;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.session.AccountingDelivery;
import org.hotspot.session.service.SessionService;
import org.jboss.logging.Logger;

/**
 * Accounting records from {@code accounting-records}, a poll at a time (the channel's batch mode: the
 * records of all the partitions this replica holds, each partition's in order; a session's records
 * share a partition). The poll is acknowledged, and its offsets committed, only once everything it
 * caused is stored and every event it sent is acknowledged by the broker. A database failure is
 * retried with backoff; if it persists it fails the channel, so the poll stays uncommitted and is
 * read again after a restart. A value that is not a usable record is counted, logged and skipped,
 * never retried forever, and never holds back the rest of its poll.
 */
@ApplicationScoped
public class AccountingConsumer {

    private static final Logger LOG = Logger.getLogger(AccountingConsumer.class);

    private final EventCodec codec = new EventCodec();
    private final SessionService sessions;
    private final MeterRegistry meters;
    private final DistributionSummary pollSizes;

    public AccountingConsumer(SessionService sessions, MeterRegistry meters) {
        this.sessions = sessions;
        this.meters = meters;
        this.pollSizes = DistributionSummary.builder("hotspot.session.batch.records")
                .description("Accounting records per poll read from accounting-records")
                .register(meters);
    }

    /**
     * The poll is acknowledged here, not by the framework: only once everything it caused is durable,
     * and on a persistent failure it is nacked, which fails the channel (failure-strategy=fail).
     */
    @Incoming(Channels.ACCOUNTING_IN)
    public Uni<Void> consume(KafkaRecordBatch<String, String> poll) {
        pollSizes.record(poll.getRecords().size());
        List<AccountingDelivery> records = readable(poll.getRecords());
        return Uni.createFrom().deferred(() -> sessions.apply(records))
                .onFailure().invoke(e -> LOG.warnf("A poll of accounting records failed, retried: %s", e.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(10)
                .onItemOrFailure().transformToUni((done, failure) -> settle(poll, failure));
    }

    private static Uni<Void> settle(KafkaRecordBatch<String, String> poll, Throwable failure) {
        if (failure != null) {
            LOG.errorf(failure, "A poll of %d accounting records could not be applied: the channel stops, "
                    + "and the records are read again after a restart", poll.getRecords().size());
        }
        return Uni.createFrom().completionStage(failure == null ? poll.ack() : poll.nack(failure));
    }

    private List<AccountingDelivery> readable(List<KafkaRecord<String, String>> values) {
        List<AccountingDelivery> records = new ArrayList<>(values.size());
        for (KafkaRecord<String, String> value : values) {
            try {
                Event<AccountingRecord> event = codec.decode(value.getPayload() == null ? new byte[0]
                        : value.getPayload().getBytes(UTF_8), AccountingRecord.TYPE);
                String missing = missing(event.payload());
                if (missing != null) {
                    throw new IllegalArgumentException("record " + event.id() + " has no " + missing);
                }
                IncomingKafkaRecordMetadata<?, ?> place = value.getMetadata(IncomingKafkaRecordMetadata.class)
                        .orElseThrow();
                records.add(new AccountingDelivery(event.organizationId(), event.payload(),
                        place.getTopic() + "-" + place.getPartition(), place.getOffset()));
            } catch (EventFormatException | IllegalArgumentException e) {
                meters.counter("hotspot.session.records", "result", "malformed").increment();
                LOG.warnf("Skipped an unreadable value on accounting-records: %s", e.getMessage());
            }
        }
        return records;
    }

    /** The first field a record cannot be applied without, or null: it names the session, its sample and its time. */
    private static String missing(AccountingRecord record) {
        if (record.recordId() == null) {
            return "recordId";
        }
        if (record.routerId() == null) {
            return "routerId";
        }
        if (record.statusType() == null) {
            return "statusType";
        }
        return record.eventTime() == null ? "eventTime" : null;
    }
}
