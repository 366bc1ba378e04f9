package org.hotspot.session.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;
import org.hotspot.session.AccountingDelivery;
import org.hotspot.session.RouterReset;
import org.hotspot.session.repository.OpenSessionRepository;
import org.hotspot.session.repository.OpenSessionRepository.OpenSession;
import org.hotspot.session.repository.RouterResetRepository;
import org.hotspot.session.repository.SessionRepository;
import org.jboss.logging.Logger;

/**
 * Accounting records into sessions, a poll's records at a time. A router's Accounting-On or -Off ends the
 * sessions it had ({@link RouterReset}); it splits the poll, so that the session records before it
 * are applied first and those after it once the reset is recorded. Session records between them go
 * to {@link BulkAccounting} together, which ends those heard of before their router's latest reset.
 */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class);

    private final SessionRepository sessions;
    private final OpenSessionRepository openSessions;
    private final RouterResetRepository resets;
    private final BulkAccounting bulkAccounting;
    private final SessionClosing closing;
    private final MeterRegistry meters;

    public SessionService(SessionRepository sessions, OpenSessionRepository openSessions,
            RouterResetRepository resets, BulkAccounting bulkAccounting, SessionClosing closing, MeterRegistry meters) {
        this.sessions = sessions;
        this.openSessions = openSessions;
        this.resets = resets;
        this.bulkAccounting = bulkAccounting;
        this.closing = closing;
        this.meters = meters;
    }

    /** Applies the records, in their order within each session and around each router's On/Off. */
    public Uni<Void> apply(List<AccountingDelivery> records) {
        return Multi.createFrom().iterable(runs(records))
                .onItem().transformToUniAndConcatenate(this::applyRun)
                .collect().last()
                .replaceWithVoid();
    }

    /** The poll's records cut at each router-wide record: runs of session records, and each router record on its own. */
    private List<List<AccountingDelivery>> runs(List<AccountingDelivery> records) {
        List<List<AccountingDelivery>> runs = new ArrayList<>();
        List<AccountingDelivery> current = new ArrayList<>();
        for (AccountingDelivery delivery : records) {
            AccountingRecord record = delivery.record();
            if (routerWide(record)) {
                runs.add(current);
                runs.add(List.of(delivery));
                current = new ArrayList<>();
            } else if (record.acctSessionId() == null || record.acctSessionId().isEmpty()) {
                meters.counter("hotspot.session.records", "result", "no-session-id").increment();
                LOG.warnf("Accounting record %s of router %s has no Acct-Session-Id: skipped", record.recordId(),
                        record.routerId());
            } else {
                current.add(delivery);
            }
        }
        runs.add(current);
        return runs.stream().filter(run -> !run.isEmpty()).toList();
    }

    private Uni<Void> applyRun(List<AccountingDelivery> run) {
        AccountingRecord first = run.get(0).record();
        return routerWide(first) ? closeSessionsOfRouter(first) : bulkAccounting.apply(run);
    }

    /**
     * The router restarted or stops accounting: none of the sessions it had survives it. The reset
     * is recorded first, so that a record of an older session read after this one is ended by it too
     * ({@link BulkAccounting}); a session heard of after it is the router's new life and stays open.
     */
    private Uni<Void> closeSessionsOfRouter(AccountingRecord record) {
        return resets.record(RouterReset.of(record))
                .chain(latest -> openSessions.ofRouter(record.routerId())
                        .chain(entries -> sessions.byIds(entries.stream().map(OpenSession::sessionId).toList()))
                        .chain(found -> closing.close(found, latest::ends, latest.at(), latest.cause())));
    }

    private static boolean routerWide(AccountingRecord record) {
        return record.statusType() == StatusType.ACCOUNTING_ON || record.statusType() == StatusType.ACCOUNTING_OFF;
    }
}
