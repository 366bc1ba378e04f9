package org.hotspot.session.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hotspot.events.session.VoucherUsage;
import org.hotspot.events.session.VoucherUsage.OpenSession;
import org.hotspot.session.Session;
import org.hotspot.session.messaging.SessionEventPublisher;
import org.hotspot.session.repository.SessionRepository;

/**
 * A voucher's usage across all its sessions, on every device, summed from the sessions themselves
 * rather than kept as a running count: a sum recomputed after each change is exact however often a
 * change is replayed. voucher-service takes the totals (and ends the voucher when they spend it);
 * {@code asOf} is taken before the sessions are read, so of two concurrent reports the later one
 * has seen every write the earlier one saw.
 */
@ApplicationScoped
public class VoucherTotals {

    private final SessionRepository sessions;
    private final SessionEventPublisher publisher;
    private final Clock clock = Clock.systemUTC();

    public VoucherTotals(SessionRepository sessions, SessionEventPublisher publisher) {
        this.sessions = sessions;
        this.publisher = publisher;
    }

    /** Recomputes and publishes the voucher's totals; nothing for a session not tied to a voucher. */
    public Uni<Void> publish(String organizationId, String voucherId) {
        if (voucherId == null) {
            return Uni.createFrom().voidItem();
        }
        return publishAll(Map.of(voucherId, organizationId));
    }

    /**
     * Recomputes and publishes the totals of these vouchers (organization by voucher id), their
     * sessions read in one query: a batch of accounting reports each voucher it touched once.
     */
    public Uni<Void> publishAll(Map<String, String> organizationOf) {
        if (organizationOf.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant asOf = clock.instant();
        return sessions.ofVouchers(organizationOf.keySet())
                .chain(all -> sendAll(organizationOf, all, asOf));
    }

    private Uni<Void> sendAll(Map<String, String> organizationOf, List<Session> all, Instant asOf) {
        Map<String, List<Session>> byVoucher = all.stream().collect(Collectors.groupingBy(session -> session.voucherId));
        List<Uni<Void>> sends = new ArrayList<>();
        organizationOf.forEach((voucherId, organizationId) -> sends.add(publisher.usage(organizationId,
                totals(organizationId, voucherId, byVoucher.getOrDefault(voucherId, List.of()), asOf))));
        return publisher.all(sends);
    }

    static VoucherUsage totals(String organizationId, String voucherId, List<Session> all, Instant asOf) {
        long seconds = 0;
        long in = 0;
        long out = 0;
        List<OpenSession> open = new ArrayList<>();
        for (Session session : all) {
            if (!organizationId.equals(session.organizationId)) {
                continue;
            }
            seconds += session.sessionTime;
            in += session.bytesIn;
            out += session.bytesOut;
            if (session.open()) {
                open.add(new OpenSession(session.acctSessionId, session.mac, session.routerId));
            }
        }
        return new VoucherUsage(voucherId, seconds, in, out, open, asOf);
    }
}
