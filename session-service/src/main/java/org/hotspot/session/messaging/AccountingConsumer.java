package org.hotspot.session.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.EventFormatException;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.session.service.SessionService;
import org.jboss.logging.Logger;

/**
 * Accounting records from {@code accounting-records}, one at a time per partition (a session's
 * records share a partition, so they are applied in order). A record is acknowledged once applied;
 * a database failure is retried with backoff and, if it persists, fails the channel so the record
 * stays uncommitted and is read again after a restart. A value that is not a record is counted and
 * logged, never retried forever.
 */
@ApplicationScoped
public class AccountingConsumer {

    private static final Logger LOG = Logger.getLogger(AccountingConsumer.class);

    private final EventCodec codec = new EventCodec();
    private final SessionService sessions;
    private final MeterRegistry meters;

    public AccountingConsumer(SessionService sessions, MeterRegistry meters) {
        this.sessions = sessions;
        this.meters = meters;
    }

    @Incoming(Channels.ACCOUNTING_IN)
    public Uni<Void> consume(String value) {
        Event<AccountingRecord> event;
        try {
            event = codec.decode(value == null ? new byte[0] : value.getBytes(UTF_8), AccountingRecord.TYPE);
        } catch (EventFormatException | IllegalArgumentException e) {
            meters.counter("hotspot.session.records", "result", "malformed").increment();
            LOG.warnf("Skipped an unreadable value on accounting-records: %s", e.getMessage());
            return Uni.createFrom().voidItem();
        }
        return sessions.apply(event.organizationId(), event.payload())
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(10);
    }
}
