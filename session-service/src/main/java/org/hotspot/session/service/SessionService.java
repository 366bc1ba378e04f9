package org.hotspot.session.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;
import org.hotspot.session.Session;
import org.hotspot.session.SessionLedger;
import org.hotspot.session.UsageDelta;
import org.hotspot.session.config.SessionConfig;
import org.hotspot.session.repository.SessionRepository;
import org.hotspot.session.repository.VoucherProfileRepository;
import org.hotspot.session.usage.UsageSeries;
import org.jboss.logging.Logger;

/**
 * Accounting records into sessions. One session's records arrive in order (they share a Kafka key),
 * and each is applied once: the session remembers the ids of its last records, and its write is
 * conditional on the version it read. What follows a write (the usage sample, the voucher's totals,
 * the session event) is idempotent, and a redelivery of a session's last record does it again, so a
 * crash between the write and what follows loses nothing.
 */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class);
    private static final int ATTEMPTS = 8;

    private final SessionRepository sessions;
    private final VoucherProfileRepository profiles;
    private final SessionClosing closing;
    private final VoucherTotals totals;
    private final UsageSeries usage;
    private final SessionConfig config;
    private final MeterRegistry meters;

    public SessionService(SessionRepository sessions, VoucherProfileRepository profiles, SessionClosing closing,
            VoucherTotals totals, UsageSeries usage, SessionConfig config, MeterRegistry meters) {
        this.sessions = sessions;
        this.profiles = profiles;
        this.closing = closing;
        this.totals = totals;
        this.usage = usage;
        this.config = config;
        this.meters = meters;
    }

    public Uni<Void> apply(String organizationId, AccountingRecord record) {
        if (record.statusType() == StatusType.ACCOUNTING_ON || record.statusType() == StatusType.ACCOUNTING_OFF) {
            // The router restarted or stops accounting: none of its sessions survives it.
            String cause = record.statusType() == StatusType.ACCOUNTING_ON ? "NAS-Reboot" : "NAS-Request";
            return sessions.openOfRouter(record.routerId())
                    .chain(open -> closing.close(open, record.eventTime(), cause));
        }
        if (record.acctSessionId() == null || record.acctSessionId().isEmpty()) {
            meters.counter("hotspot.session.records", "result", "no-session-id").increment();
            LOG.warnf("Accounting record %s of router %s has no Acct-Session-Id: skipped", record.recordId(),
                    record.routerId());
            return Uni.createFrom().voidItem();
        }
        return attempt(organizationId, record, 1);
    }

    private Uni<Void> attempt(String organizationId, AccountingRecord record, int round) {
        if (round > ATTEMPTS) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "session " + record.key() + " kept changing under record " + record.recordId()));
        }
        return sessions.findById(record.key())
                .chain(found -> {
                    if (found != null && found.lastDelta != null && found.lastDelta.recordId().equals(record.recordId())) {
                        meters.counter("hotspot.session.records", "result", "redelivered").increment();
                        return after(found, found.lastDelta, record);
                    }
                    Session session = found != null ? found
                            : SessionLedger.open(organizationId, record, config.interimInterval().toSeconds());
                    long expected = session.version;
                    return withProfile(session)
                            .chain(() -> {
                                UsageDelta delta = SessionLedger.apply(session, record);
                                if (delta == null) {
                                    meters.counter("hotspot.session.records", "result", "duplicate").increment();
                                    return Uni.createFrom().voidItem();
                                }
                                return sessions.save(session, expected)
                                        .chain(saved -> saved ? applied(session, delta, record)
                                                : attempt(organizationId, record, round + 1));
                            });
                });
    }

    private Uni<Void> withProfile(Session session) {
        if (session.profileId != null || session.voucherId == null) {
            return Uni.createFrom().voidItem();
        }
        return profiles.profileOf(session.voucherId).invoke(profile -> session.profileId = profile).replaceWithVoid();
    }

    private Uni<Void> applied(Session session, UsageDelta delta, AccountingRecord record) {
        meters.counter("hotspot.session.records", "result", "applied").increment();
        return after(session, delta, record);
    }

    /** The idempotent rest: the sample, a device's older sessions, the voucher's totals, the session event. */
    private Uni<Void> after(Session session, UsageDelta delta, AccountingRecord record) {
        Uni<Void> sample = delta.bytesIn() == 0 && delta.bytesOut() == 0 && delta.seconds() == 0
                ? Uni.createFrom().voidItem() : usage.record(delta);
        Uni<Void> superseded = record.statusType() == StatusType.START && session.mac != null
                ? sessions.openOfDevice(session.routerId, session.mac)
                        .map(open -> older(open, session))
                        .chain(older -> closing.close(older, record.eventTime(), "Superseded"))
                : Uni.createFrom().voidItem();
        return sample
                .chain(() -> superseded)
                .chain(() -> totals.publish(session.organizationId, session.voucherId))
                .chain(() -> closing.announce(session));
    }

    /** A device's other open sessions on the router, begun before this one: its new Start ends them. */
    private static List<Session> older(List<Session> open, Session current) {
        Instant started = current.startedAt;
        return open.stream()
                .filter(other -> !other.id.equals(current.id) && !other.startedAt.isAfter(started))
                .toList();
    }
}
