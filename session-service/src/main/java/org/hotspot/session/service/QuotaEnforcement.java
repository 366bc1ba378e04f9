package org.hotspot.session.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
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
import org.hotspot.session.repository.VoucherProfileRepository.VoucherProfile;

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

    /** A lifecycle transition as voucher-events carried it. */
    public record Transition(String organizationId, UUID eventId, VoucherStateChanged change) {
    }

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
        return onTransitions(List.of(new Transition(organizationId, eventId, change)));
    }

    /**
     * A poll's transitions in the order they came: the vouchers' plans remembered in one write,
     * then each voucher's ledger ended or reopened, one after the other.
     */
    public Uni<Void> onTransitions(List<Transition> transitions) {
        List<VoucherProfile> plans = transitions.stream()
                .filter(t -> t.change().profileId() != null)
                .map(t -> new VoucherProfile(t.organizationId(), t.change().voucherId(), t.change().profileId()))
                .toList();
        return profiles.rememberAll(plans)
                .chain(() -> Multi.createFrom().iterable(transitions)
                        .filter(QuotaEnforcement::touchesLedger)
                        .onItem().transformToUniAndConcatenate(this::ledger)
                        .collect().last())
                .replaceWithVoid();
    }

    /**
     * A first use (unused to active) has no ledger to reopen: a ledger is ended only once its
     * voucher was, and an unused voucher that was disabled or revoked never had one. Most transitions
     * are first uses, so this spares a MongoDB read on every login of a new voucher.
     */
    private static boolean touchesLedger(Transition transition) {
        VoucherStateChanged change = transition.change();
        return !(change.from() == VoucherState.UNUSED && change.to() == VoucherState.ACTIVE);
    }

    private Uni<Void> ledger(Transition transition) {
        String organizationId = transition.organizationId();
        VoucherStateChanged change = transition.change();
        if (!ENDED.contains(change.to())) {
            return ledgers.end(organizationId, change.voucherId(), null, true).replaceWithVoid();
        }
        String reason = change.to() == VoucherState.EXHAUSTED || change.to() == VoucherState.EXPIRED
                ? change.cause() : change.to().name().toLowerCase(Locale.ROOT);
        Ended ended = new Ended(change.to().name(), reason, transition.eventId().toString());
        return ledgers.end(organizationId, change.voucherId(), ended, change.from() != VoucherState.UNUSED)
                .chain(ledger -> ledger == null ? Uni.createFrom().voidItem() : cutOff(ledger));
    }

    /** A Disconnect command for each session the ledger holds open, if its voucher has ended. */
    public Uni<Void> cutOff(VoucherLedger ledger) {
        Ended ended = ledger.ended();
        if (ended == null || ledger.open().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(ledger.open())
                .onItem().transformToUniAndConcatenate(session -> send(ledger.organizationId(),
                        command(ledger, ended, session)))
                .collect().last()
                .replaceWithVoid();
    }

    /**
     * Puts the command on {@code router-commands} for router-gateway to send to the router, counted
     * by its reason; completes once the broker has it. Also how an operator's Disconnect goes out.
     */
    public Uni<Void> send(String organizationId, DisconnectCommand command) {
        return publisher.disconnect(organizationId, command)
                .invoke(() -> meters.counter("hotspot.session.disconnects", "reason", String.valueOf(command.reason()))
                        .increment());
    }

    private static DisconnectCommand command(VoucherLedger ledger, Ended ended, Entry session) {
        return new DisconnectCommand(commandId(ended.eventId(), session.sessionId()), session.routerId(),
                session.acctSessionId(), session.sealedUserName(), session.framedIp(), session.mac(),
                ledger.voucherId(), ended.reason());
    }

    private static String commandId(String eventId, String sessionKey) {
        return UUID.nameUUIDFromBytes((eventId + "/" + sessionKey).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
