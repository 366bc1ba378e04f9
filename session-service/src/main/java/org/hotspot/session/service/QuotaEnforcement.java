package org.hotspot.session.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hotspot.events.router.DisconnectCommand;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.events.voucher.VoucherStateChanged;
import org.hotspot.session.messaging.SessionEventPublisher;
import org.hotspot.session.repository.SessionRepository;
import org.hotspot.session.repository.VoucherProfileRepository;

/**
 * Cuts off every open session of a voucher that can no longer be used: exhausted (its time or data
 * spent, which voucher-service decides from the totals this service reports), expired (its validity
 * over, from voucher-service's sweep too), revoked or disabled. Each open session gets a Disconnect
 * command for its router; the router's Stop then closes it here. The command id is derived from the
 * event and the session, so a redelivered event sends the same command again rather than a new one.
 */
@ApplicationScoped
public class QuotaEnforcement {

    private static final Set<VoucherState> ENDED =
            EnumSet.of(VoucherState.EXHAUSTED, VoucherState.EXPIRED, VoucherState.REVOKED, VoucherState.DISABLED);

    private final SessionRepository sessions;
    private final VoucherProfileRepository profiles;
    private final SessionEventPublisher publisher;
    private final MeterRegistry meters;

    public QuotaEnforcement(SessionRepository sessions, VoucherProfileRepository profiles,
            SessionEventPublisher publisher, MeterRegistry meters) {
        this.sessions = sessions;
        this.profiles = profiles;
        this.publisher = publisher;
        this.meters = meters;
    }

    public Uni<Void> onTransition(String organizationId, UUID eventId, VoucherStateChanged change) {
        Uni<Void> remember = change.profileId() == null ? Uni.createFrom().voidItem()
                : profiles.remember(organizationId, change.voucherId(), change.profileId());
        if (!ENDED.contains(change.to())) {
            return remember;
        }
        String reason = change.to() == VoucherState.EXHAUSTED || change.to() == VoucherState.EXPIRED
                ? change.cause() : change.to().name().toLowerCase(java.util.Locale.ROOT);
        return remember
                .chain(() -> sessions.openOfVoucher(organizationId, change.voucherId()))
                .chain(open -> Multi.createFrom().iterable(open)
                        .onItem().transformToUniAndConcatenate(session -> publisher.disconnect(organizationId,
                                new DisconnectCommand(commandId(eventId, session.id), session.routerId,
                                        session.acctSessionId, null, session.framedIp, session.mac, session.voucherId,
                                        reason))
                                .invoke(() -> meters.counter("hotspot.session.disconnects", "reason", reason).increment()))
                        .collect().last())
                .replaceWithVoid();
    }

    private static String commandId(UUID eventId, String sessionKey) {
        return UUID.nameUUIDFromBytes((eventId + "/" + sessionKey).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
