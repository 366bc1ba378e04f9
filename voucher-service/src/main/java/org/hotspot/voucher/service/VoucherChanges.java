package org.hotspot.voucher.service;

import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.hotspot.common.audit.AuditLog;
import org.hotspot.events.audit.AuditEntry.Result;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.events.voucher.VoucherStateChanged;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.Voucher.DeviceLease;
import org.hotspot.voucher.Voucher.PendingEvent;
import org.hotspot.voucher.messaging.OutboxAcks;
import org.hotspot.voucher.messaging.VoucherEventPublisher;
import org.hotspot.voucher.repository.ChangeBatches;
import org.jboss.logging.Logger;

/**
 * The one way a stored voucher changes: a conditional update on the version the change was decided
 * on, carrying the lifecycle event in the voucher's outbox (so the change and its event are one
 * atomic write), then the Redis projection, the event and the audit record.
 */
@ApplicationScoped
public class VoucherChanges {

    private static final Logger LOG = Logger.getLogger(VoucherChanges.class);

    /** A state change and who or what caused it. */
    public record Transition(VoucherState to, String cause, String actor, String clientAddress, String action) {

        /** An automatic transition: first use, a spent quota, an expiry. */
        public static Transition automatic(VoucherState to, String cause) {
            String action = switch (to) {
                case ACTIVE -> "VOUCHER_ACTIVATED";
                case EXHAUSTED -> "VOUCHER_EXHAUSTED";
                case EXPIRED -> "VOUCHER_EXPIRED";
                default -> throw new IllegalArgumentException("not an automatic transition: " + to);
            };
            return new Transition(to, cause, "system", null, action);
        }
    }

    private final ChangeBatches vouchers;
    private final VoucherCache cache;
    private final VoucherEventPublisher publisher;
    private final OutboxAcks acks;
    private final AuditLog audit;

    public VoucherChanges(ChangeBatches vouchers, VoucherCache cache, VoucherEventPublisher publisher,
            OutboxAcks acks, AuditLog audit) {
        this.vouchers = vouchers;
        this.cache = cache;
        this.publisher = publisher;
        this.acks = acks;
        this.audit = audit;
    }

    /**
     * Applies the updates (and the transition, if any) to the voucher if it is still at the version
     * read; the voucher after, or null when another change came first and the caller must re-read.
     */
    public Uni<Voucher> apply(Voucher read, List<Bson> updates, Transition transition) {
        return apply(read, updates, transition, false);
    }

    /**
     * As {@link #apply(Voucher, List, Transition)}, for a login's change: sent with the changes of
     * concurrent logins ({@link ChangeBatches}). Rarely it is told "not applied" when it applied (see
     * {@link ChangeBatches#compareAndSetAlone}); the login then decides again on the voucher with its
     * change, and the event of that change reaches Kafka through the outbox relay.
     */
    public Uni<Voucher> applyForLogin(Voucher read, List<Bson> updates, Transition transition) {
        return apply(read, updates, transition, true);
    }

    private Uni<Voucher> apply(Voucher read, List<Bson> updates, Transition transition, boolean withOtherLogins) {
        List<Bson> all = new ArrayList<>(updates);
        PendingEvent pending = null;
        if (transition != null) {
            all.add(Updates.set("state", transition.to().name()));
            pending = publisher.pending(VoucherStateChanged.TYPE, read.organizationId, read.id,
                    new VoucherStateChanged(read.id, read.batchId, read.profileId, read.state, transition.to(),
                            transition.cause(), transition.actor(), read.seller, read.version + 1));
            all.add(Updates.push("outbox", new Document("eventId", pending.eventId).append("key", pending.key)
                    .append("json", pending.json).append("at", Date.from(pending.at))));
        }
        PendingEvent event = pending;
        // The event tells read.version + 1: compareAndSet adds one, and the event goes out only if it applied.
        return (withOtherLogins ? vouchers.compareAndSet(read.id, read.version, all)
                : vouchers.compareAndSetAlone(read.id, read.version, all))
                .call(updated -> updated == null ? Uni.createFrom().voidItem() : cache.put(updated))
                .invoke(updated -> {
                    if (updated != null && transition != null) {
                        announce(read, updated, transition, event);
                    }
                });
    }

    /**
     * Sends the event and the audit record without holding the caller: the outbox keeps the event
     * until the broker has it, and audit is best effort by design.
     */
    private void announce(Voucher before, Voucher after, Transition transition, PendingEvent event) {
        publisher.send(event)
                .invoke(() -> acks.sent(after.id, event.eventId))
                .subscribe().with(done -> {
                }, e -> LOG.warnf("Voucher event %s left in the outbox for the relay: %s",
                        event.eventId, e.getMessage()));
        audit.recordBestEffort(after.organizationId, transition.actor(), transition.action(), "voucher", after.id,
                transition.clientAddress(), Result.SUCCESS,
                before.state + " -> " + after.state + " (" + transition.cause() + ")")
                .subscribe().with(done -> {
                }, e -> {
                });
    }

    /** Device leases as stored. */
    public static List<Document> leases(List<DeviceLease> leases) {
        return leases.stream().map(lease -> new Document("mac", lease.mac).append("sessionId", lease.sessionId)
                .append("nasId", lease.nasId).append("seenAt", Date.from(lease.seenAt))).toList();
    }
}
