package org.hotspot.session.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotspot.session.Session;
import org.hotspot.session.VoucherLedger;
import org.hotspot.session.messaging.SessionEventPublisher;
import org.hotspot.session.repository.SessionRepository;
import org.hotspot.session.repository.VoucherLedgerRepository;

/**
 * A voucher's usage across all its sessions, on every device, from its ledger: each session's
 * latest totals, not a running count, so the sum is exact however often a change is replayed.
 * voucher-service takes the totals (and ends the voucher when they spend it); {@code asOf} is taken
 * before the ledgers are read, so of two concurrent reports the later one has seen every write the
 * earlier one saw.
 *
 * <p>A report of a voucher that has ended also cuts off the sessions its ledger holds open
 * ({@link QuotaEnforcement#cutOff}).
 *
 * <p>A session is written before its ledger entry. Should the service stop in between, the poll of
 * accounting records is delivered again and writes the entry then; a closing (stale, superseded,
 * router restart) is not, so it marks the entries first ({@link VoucherLedger.Entry#closing}) and
 * a marked session is read again whenever its voucher's totals are reported, until the ledger has
 * taken it closed.
 */
@ApplicationScoped
public class VoucherTotals {

    private final VoucherLedgerRepository ledgers;
    private final SessionRepository sessions;
    private final SessionEventPublisher publisher;
    private final QuotaEnforcement enforcement;
    private final Clock clock = Clock.systemUTC();

    public VoucherTotals(VoucherLedgerRepository ledgers, SessionRepository sessions, SessionEventPublisher publisher,
            QuotaEnforcement enforcement) {
        this.ledgers = ledgers;
        this.sessions = sessions;
        this.publisher = publisher;
        this.enforcement = enforcement;
    }

    /**
     * Takes the changed sessions into their vouchers' ledgers and publishes each voucher's totals
     * once: a poll of accounting records reports each voucher it touched once.
     */
    public Uni<Void> publishAll(Collection<Session> changed) {
        if (changed.stream().noneMatch(session -> session.voucherId != null)) {
            return Uni.createFrom().voidItem();
        }
        Instant asOf = clock.instant();
        return ledgers.record(changed)
                .chain(written -> withClosingsChecked(written, changed))
                .chain(written -> send(written, asOf));
    }

    /** The ledgers, with the sessions they mark closing (outside {@code changed}) read again and taken. */
    private Uni<Map<String, VoucherLedger>> withClosingsChecked(Map<String, VoucherLedger> written,
            Collection<Session> changed) {
        Set<String> closing = new HashSet<>();
        written.values().forEach(ledger -> ledger.closing().forEach(entry -> closing.add(entry.sessionId())));
        changed.forEach(session -> closing.remove(session.id));
        if (closing.isEmpty()) {
            return Uni.createFrom().item(written);
        }
        return sessions.byIds(closing)
                .chain(found -> ledgers.record(found))
                .map(again -> merged(written, again));
    }

    private static Map<String, VoucherLedger> merged(Map<String, VoucherLedger> first,
            Map<String, VoucherLedger> again) {
        Map<String, VoucherLedger> all = new HashMap<>(first);
        all.putAll(again);
        return all;
    }

    private Uni<Void> send(Map<String, VoucherLedger> written, Instant asOf) {
        List<Uni<Void>> sends = new ArrayList<>();
        for (VoucherLedger ledger : written.values()) {
            sends.add(publisher.usage(ledger.organizationId(), ledger.usage(asOf)));
            sends.add(enforcement.cutOff(ledger));
        }
        return publisher.all(sends);
    }
}
