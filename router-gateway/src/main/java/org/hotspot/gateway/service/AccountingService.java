package org.hotspot.gateway.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.gateway.messaging.AccountingPublisher;
import org.hotspot.gateway.radius.AccountingRecords;
import org.hotspot.gateway.radius.codec.Codes;
import org.hotspot.gateway.radius.codec.RadiusPacket;
import org.hotspot.gateway.radius.io.Answer;
import org.hotspot.gateway.radius.io.RequestHandler;
import org.hotspot.gateway.service.NasRegistry.Nas;
import org.jboss.logging.Logger;

/**
 * Accounting-Requests become records on {@code accounting-records}, and the Accounting-Response goes
 * out only once the broker holds the record (RFC 2866 §2: the server answers when it has recorded
 * the packet). While Kafka cannot take it there is no answer, and the router keeps the record and
 * retransmits it: accounting is never acknowledged and then lost.
 */
@ApplicationScoped
public class AccountingService implements RequestHandler {

    private static final Logger LOG = Logger.getLogger(AccountingService.class);
    private static final Answer RESPONSE = new Answer(Codes.ACCOUNTING_RESPONSE, List.of());

    private final AccountingPublisher publisher;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    public AccountingService(AccountingPublisher publisher, MeterRegistry meters) {
        this.publisher = publisher;
        this.meters = meters;
    }

    @Override
    public boolean accepts(int code) {
        return code == Codes.ACCOUNTING_REQUEST;
    }

    @Override
    public CompletionStage<Answer> handle(Nas nas, RadiusPacket request) {
        if (AccountingRecords.statusType(request) == null) {
            // Failed (15) or tunnel records meter nothing here; answering stops the router resending them forever.
            meters.counter("hotspot.gateway.accounting", "result", "ignored").increment();
            LOG.debugf("Accounting-Request with Acct-Status-Type %d from router %s recorded as ignored",
                    request.integer(org.hotspot.gateway.radius.codec.Attributes.ACCT_STATUS_TYPE), nas.router().id);
            return CompletableFuture.completedFuture(RESPONSE);
        }
        AccountingRecord record = AccountingRecords.of(request, nas.router(), clock.instant());
        return publisher.publish(nas.router().organizationId, record)
                .replaceWith(RESPONSE)
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Accounting record %s of router %s not durable, left unanswered for the router to retry: %s",
                            record.recordId(), nas.router().id, failure.toString());
                    return null;
                })
                .subscribeAsCompletionStage();
    }
}
