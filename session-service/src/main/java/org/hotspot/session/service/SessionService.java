package org.hotspot.session.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.session.AccountingDelivery;
import org.hotspot.events.accounting.AccountingRecord.StatusType;
import org.hotspot.session.Session;
import org.hotspot.session.repository.OpenSessionRepository;
import org.hotspot.session.repository.OpenSessionRepository.OpenSession;
import org.hotspot.session.repository.SessionRepository;
import org.jboss.logging.Logger;

/**
 * Accounting records into sessions, a batch at a time. A router's Accounting-On or -Off ends all of
 * its sessions, so it splits the batch: the session records before it are applied first, those
 * after it only once it closed what was open, as they came. Session records between them go to
 * {@link SessionBatch} together.
 */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class);

    private final SessionRepository sessions;
    private final OpenSessionRepository openSessions;
    private final SessionBatch batch;
    private final SessionClosing closing;
    private final MeterRegistry meters;

    public SessionService(SessionRepository sessions, OpenSessionRepository openSessions, SessionBatch batch,
            SessionClosing closing, MeterRegistry meters) {
        this.sessions = sessions;
        this.openSessions = openSessions;
        this.batch = batch;
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

    /** The batch cut at each router-wide record: runs of session records, and each router record on its own. */
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
        return routerWide(first) ? closeSessionsOfRouter(first) : batch.apply(run);
    }

    /** The router restarted or stops accounting: none of its sessions survives it. */
    private Uni<Void> closeSessionsOfRouter(AccountingRecord record) {
        String cause = record.statusType() == StatusType.ACCOUNTING_ON ? "NAS-Reboot" : "NAS-Request";
        return openSessions.ofRouter(record.routerId())
                .chain(entries -> sessions.byIds(entries.stream().map(OpenSession::sessionId).toList()))
                .map(found -> found.stream().filter(Session::open).toList())
                .chain(open -> closing.close(open, record.eventTime(), cause));
    }

    private static boolean routerWide(AccountingRecord record) {
        return record.statusType() == StatusType.ACCOUNTING_ON || record.statusType() == StatusType.ACCOUNTING_OFF;
    }
}
