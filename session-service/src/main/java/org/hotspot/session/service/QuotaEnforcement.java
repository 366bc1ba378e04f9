package org.hotspot.session.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hotspot.events.router.DisconnectCommand;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.events.voucher.VoucherStateChanged;
import org.hotspot.session.VoucherLedger;
import org.hotspot.session.VoucherLedger.Ended;
import org.hotspot.session.VoucherLedger.Entry;
import org.hotspot.session.messaging.SessionEventPublisher;
import org.hotspot.session.repository.VoucherLedgerRepository;
import org.hotspot.session.repository.VoucherProfileRepository;

/**
 * Cuts off every open session of a voucher that can no longer be used: exhausted (its time or data
 * spent, which voucher-service decides from the totals this service reports), expired (its validity
 * over, from voucher-service's sweep too), revoked or disabled. Each open session gets a Disconnect
 * command for its router, naming the session as router-gateway sealed its User-Name (which only
 * router-gateway opens); the router's Stop then closes it here. The command id is derived from the
 * event and the session, so a redelivered event sends the same command again rather than a new one.
 *
 * <p>The end is written into the voucher's ledger before its open sessions are read from it, and
 * every report of the voucher's totals looks at it after writing the ledger ({@link VoucherTotals}):
 * a session whose Start comes in after the end (its login was accepted just before) is cut off
 * when it is taken into the ledger, and one still open at a later report, its router having ignored
 * the Disconnect, is sent it again.
 */
@ApplicationScoped
public class QuotaEnforcement {

    private static final Set<VoucherState> ENDED =
            EnumSet.of(VoucherState.EXHAUSTED, VoucherState.EXPIRED, VoucherState.REVOKED, VoucherState.DISABLED);

    private final VoucherLedgerRepository ledgers;
    private final VoucherProfileRepository profiles;
    private final SessionEventPublisher publisher;
    private final MeterRegistry meters;

    public QuotaEnforcement(VoucherLedgerRepository ledgers, VoucherProfileRepository profiles,
            SessionEventPublisher publisher, MeterRegistry meters) {
        this.ledgers = ledgers;
        this.profiles = profiles;
        this.publisher = publisher;
        this.meters = meters;
    }

    public Uni<Void> onTransition(String organizationId, UUID eventId, VoucherStateChanged change) {
        Uni<Void> remember = change.profileId() == null ? Uni.createFrom().voidItem()
                : profiles.remember(organizationId, change.voucherId(), change.profileId());
        if (!ENDED.contains(change.to())) {
            return remember
                    .chain(() -> ledgers.end(organizationId, change.voucherId(), null, true))
                    .replaceWithVoid();
        }
        String reason = change.to() == VoucherState.EXHAUSTED || change.to() == VoucherState.EXPIRED
                ? change.cause() : change.to().name().toLowerCase(Locale.ROOT);
        Ended ended = new Ended(change.to().name(), reason, eventId.toString());
        return remember
                .chain(() -> ledgers.end(organizationId, change.voucherId(), ended, change.from() != VoucherState.UNUSED))
                .chain(ledger -> ledger == null ? Uni.createFrom().voidItem() : cutOff(ledger));
    }

    /** A Disconnect command for each session the ledger holds open, if its voucher has ended. */
    public Uni<Void> cutOff(VoucherLedger ledger) {
        Ended ended = ledger.ended();
        if (ended == null || ledger.open().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(ledger.open())
                .onItem().transformToUniAndConcatenate(session -> publisher.disconnect(ledger.organizationId(),
                                command(ledger, ended, session))
                        .invoke(() -> meters.counter("hotspot.session.disconnects", "reason", String.valueOf(ended.reason()))
                                .increment()))
                .collect().last()
                .replaceWithVoid();
    }

    private static DisconnectCommand command(VoucherLedger ledger, Ended ended, Entry session) {
        return new DisconnectCommand(commandId(ended.eventId(), session.sessionId()), session.routerId(),
                session.acctSessionId(), session.sealedUserName(), session.framedIp(), session.mac(), ledger.voucherId(), ended.reason());
    }

    private static String commandId(String eventId, String sessionKey) {
        return UUID.nameUUIDFromBytes((eventId + "/" + sessionKey).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
