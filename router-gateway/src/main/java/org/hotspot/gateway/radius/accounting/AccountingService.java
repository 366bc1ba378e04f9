package org.hotspot.gateway.radius.accounting;

import static org.hotspot.gateway.radius.codec.Attributes.ACCT_SESSION_ID;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_STATUS_TYPE;
import static org.hotspot.gateway.radius.codec.Attributes.CLASS;
import static org.hotspot.gateway.radius.codec.Attributes.USER_NAME;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;
import org.hotspot.gateway.Router;
import org.hotspot.gateway.messaging.AccountingPublisher;
import org.hotspot.gateway.radius.access.AccessReplies;
import org.hotspot.gateway.radius.codec.Codes;
import org.hotspot.gateway.radius.codec.RadiusPacket;
import org.hotspot.gateway.radius.io.Answer;
import org.hotspot.gateway.radius.io.RequestHandler;
import org.hotspot.gateway.service.NasRegistry.Nas;
import org.hotspot.gateway.service.SealedUserNames;
import org.jboss.logging.Logger;

/**
 * Accounting-Requests become records on {@code accounting-records}, and the Accounting-Response goes
 * out only once the broker holds the record (RFC 2866 §2: the server answers when it has recorded
 * the packet). While Kafka cannot take it there is no answer, and the router keeps the record and
 * retransmits it: accounting is never acknowledged and then lost.
 *
 * <p>Each record is charged to a voucher ({@link VoucherAttribution}) and carries no code: the
 * User-Name goes only sealed ({@link SealedUserNames}), for the Disconnect-Request that may later
 * name the session. When the voucher had to be asked of voucher-service and it did not answer, the
 * request is left unanswered too, for the router to retry, rather than recorded with no voucher.
 */
@ApplicationScoped
public class AccountingService implements RequestHandler<Nas> {

    private static final Logger LOG = Logger.getLogger(AccountingService.class);
    private static final Answer RESPONSE = new Answer(Codes.ACCOUNTING_RESPONSE, List.of());

    private final AccountingPublisher publisher;
    private final VoucherAttribution attribution;
    private final SealedUserNames userNames;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    public AccountingService(AccountingPublisher publisher, VoucherAttribution attribution, SealedUserNames userNames,
            MeterRegistry meters) {
        this.publisher = publisher;
        this.attribution = attribution;
        this.userNames = userNames;
        this.meters = meters;
    }

    @Override
    public boolean accepts(int code) {
        return code == Codes.ACCOUNTING_REQUEST;
    }

    @Override
    public CompletionStage<Answer> handle(Nas nas, RadiusPacket request) {
        StatusType status = AccountingRecords.statusType(request);
        if (status == null) {
            // Failed (15) or tunnel records meter nothing here; answering stops the router resending them forever.
            meters.counter("hotspot.gateway.accounting", "result", "ignored").increment();
            LOG.debugf("Accounting-Request with Acct-Status-Type %d from router %s recorded as ignored",
                    request.integer(ACCT_STATUS_TYPE), nas.router().id);
            return CompletableFuture.completedFuture(RESPONSE);
        }
        Router router = nas.router();
        Instant receivedAt = clock.instant();
        String userName = request.text(USER_NAME);
        return attribution.voucherOf(router, status, AccessReplies.voucherIdOf(request.first(CLASS)), userName)
                .map(voucherId -> record(request, router, userName, voucherId, receivedAt))
                .call(record -> publisher.publish(router.organizationId, record))
                .replaceWith(RESPONSE)
                .onFailure().recoverWithItem(failure -> unanswered(router, failure))
                .subscribeAsCompletionStage();
    }

    /** The record, its User-Name sealed. */
    private AccountingRecord record(RadiusPacket request, Router router, String userName, String voucherId,
            Instant receivedAt) {
        String sealedUserName = userNames.seal(router.id, request.text(ACCT_SESSION_ID), userName);
        return AccountingRecords.of(request, router, sealedUserName, voucherId, receivedAt);
    }

    private static Answer unanswered(Router router, Throwable failure) {
        LOG.warnf("Accounting-Request of router %s not recorded, left unanswered for the router to retry: %s",
                router.id, failure.toString());
        return null;
    }
}
