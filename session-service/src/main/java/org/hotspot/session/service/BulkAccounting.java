package org.hotspot.session.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hotspot.session.AccountingDelivery;
import org.hotspot.session.Session;
import org.hotspot.session.SessionUpdate;
import org.hotspot.session.UsageDelta;
import org.hotspot.session.config.SessionConfig;
import org.hotspot.session.repository.OpenSessionRepository;
import org.hotspot.session.repository.RouterResetRepository;
import org.hotspot.session.repository.SessionRepository;
import org.hotspot.session.repository.VoucherProfileRepository;
import org.hotspot.session.usage.UsageSeries;

/**
 * A run of session records from one poll applied together: their sessions read in one query, each
 * session's records applied in memory in their order ({@link SessionUpdate}), their usage written
 * in one insert and one bulk of roll-up upserts, then the sessions in one bulk of writes conditional
 * on the version read. The usage goes first because it is exact whatever happens next: the same
 * stored session and records give the same deltas again after a crash or a lost condition, and the
 * series takes each once; the session write is what marks the records applied. A session whose
 * condition was lost is read again and its records redone. Then each changed session is announced,
 * a device's older sessions are closed by its new Start, and each voucher touched gets its totals,
 * once per run; records polled again after a crash do all of that again for the sessions they had written. Last,
 * sessions still open that their router's Accounting-On/Off ended are closed.
 */
@ApplicationScoped
public class BulkAccounting {

    private static final int ATTEMPTS = 8;

    private final SessionRepository sessions;
    private final OpenSessionRepository open;
    private final RouterResetRepository resets;
    private final VoucherProfileRepository profiles;
    private final UsageSeries usage;
    private final SessionSuccession succession;
    private final SessionClosing closing;
    private final VoucherTotals totals;
    private final SessionConfig config;
    private final AccountingStages stages;
    private final MeterRegistry meters;

    public BulkAccounting(SessionRepository sessions, OpenSessionRepository open, RouterResetRepository resets,
            VoucherProfileRepository profiles, UsageSeries usage,
            SessionSuccession succession, SessionClosing closing, VoucherTotals totals, SessionConfig config,
            AccountingStages stages, MeterRegistry meters) {
        this.sessions = sessions;
        this.open = open;
        this.resets = resets;
        this.profiles = profiles;
        this.usage = usage;
        this.succession = succession;
        this.closing = closing;
        this.totals = totals;
        this.config = config;
        this.stages = stages;
        this.meters = meters;
    }

    /** Applies records of sessions (none of them router-wide), in their order within each session. */
    public Uni<Void> apply(List<AccountingDelivery> records) {
        Map<String, List<AccountingDelivery>> bySession = records.stream()
                .collect(Collectors.groupingBy(delivery -> delivery.record().key(), LinkedHashMap::new,
                        Collectors.toList()));
        return write(bySession, bySession.keySet(), 1)
                .invoke(this::count)
                .call(this::tell)
                .chain(this::endLate);
    }

    /**
     * Ends the sessions written open that their router's latest Accounting-On/Off ended: their records
     * were read after it (it travels on another partition). Read after the sessions are written, not
     * before: a replica recording the reset meanwhile looks for the router's open sessions after
     * recording it, so one of the two sees the other.
     */
    private Uni<Void> endLate(List<SessionUpdate> updates) {
        List<Session> stillOpen = updates.stream().map(SessionUpdate::session).filter(Session::open).toList();
        if (stillOpen.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return resets.ofRouters(stillOpen.stream().map(session -> session.routerId).collect(Collectors.toSet()))
                .chain(latest -> Multi.createFrom().iterable(latest.values())
                        .onItem().transformToUniAndConcatenate(reset -> closing.close(stillOpen.stream()
                                .filter(session -> reset.routerId().equals(session.routerId)).toList(),
                                reset::ends, reset.at(), reset.cause()))
                        .collect().last())
                .replaceWithVoid();
    }

    /** Applies the records of the sessions {@code keys}; their updates, as finally written. */
    private Uni<List<SessionUpdate>> write(Map<String, List<AccountingDelivery>> bySession,
            Collection<String> keys, int round) {
        if (round > ATTEMPTS) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "sessions " + keys + " kept changing under their accounting records"));
        }
        return stages.timed("read", sessions.byIds(keys))
                .chain(found -> stages.timed("plans", updates(bySession, keys, found)))
                .call(updates -> stages.timed("usage", usage.recordAll(usageOf(updates))))
                .chain(updates -> save(bySession, updates, round));
    }

    /** The sessions as the records leave them, the plans of their vouchers looked up where not known yet. */
    private Uni<List<SessionUpdate>> updates(Map<String, List<AccountingDelivery>> bySession,
            Collection<String> keys, List<Session> found) {
        Map<String, Session> stored = found.stream().collect(Collectors.toMap(session -> session.id,
                Function.identity()));
        return profiles.profilesOf(vouchersWithoutPlan(bySession, keys, stored))
                .map(plans -> apply(bySession, keys, stored, plans));
    }

    private List<SessionUpdate> apply(Map<String, List<AccountingDelivery>> bySession,
            Collection<String> keys, Map<String, Session> stored, Map<String, String> plans) {
        List<SessionUpdate> updates = new ArrayList<>();
        for (String key : keys) {
            updates.add(SessionUpdate.of(stored.get(key), bySession.get(key), config.interimInterval().toSeconds(),
                    plans));
        }
        return updates;
    }

    private static Set<String> vouchersWithoutPlan(Map<String, List<AccountingDelivery>> bySession,
            Collection<String> keys, Map<String, Session> stored) {
        Set<String> vouchers = new HashSet<>();
        for (String key : keys) {
            Session session = stored.get(key);
            if (session != null && session.profileId != null) {
                continue;
            }
            if (session != null && session.voucherId != null) {
                vouchers.add(session.voucherId);
            }
            bySession.get(key).forEach(delivery -> {
                if (delivery.record().voucherId() != null) {
                    vouchers.add(delivery.record().voucherId());
                }
            });
        }
        return vouchers;
    }

    /** Usage is recorded only for records that added some: an idle Interim or a Start leaves no sample. */
    private static List<UsageDelta> usageOf(List<SessionUpdate> updates) {
        return updates.stream()
                .flatMap(update -> update.deltas().stream())
                .filter(delta -> delta.bytesIn() != 0 || delta.bytesOut() != 0 || delta.seconds() != 0)
                .toList();
    }

    /** Writes the changed sessions; those that lost their condition are redone from a fresh read. */
    private Uni<List<SessionUpdate>> save(Map<String, List<AccountingDelivery>> bySession,
            List<SessionUpdate> updates, int round) {
        List<Session> changed = updates.stream().filter(SessionUpdate::changed).map(SessionUpdate::session).toList();
        // Known open before first written, so that no open session is missing from the set.
        List<Session> opened = changed.stream().filter(session -> session.version < 0 && session.open()).toList();
        return stages.timed("sessions", open.add(opened).chain(() -> sessions.saveAll(changed)))
                .chain(lost -> lost.isEmpty() ? Uni.createFrom().item(updates)
                        : write(bySession, lost, round + 1).map(redone -> merge(updates, redone)));
    }

    /** The updates, those of sessions done again replaced by how they were done again. */
    private static List<SessionUpdate> merge(List<SessionUpdate> first, List<SessionUpdate> redone) {
        Map<String, SessionUpdate> byKey = new LinkedHashMap<>();
        first.forEach(update -> byKey.put(update.session().id, update));
        redone.forEach(update -> byKey.put(update.session().id, update));
        return new ArrayList<>(byKey.values());
    }

    /**
     * What others learn of the run, after everything it wrote: each session that changed (or
     * whose last write this redelivery repeats) announced, the older sessions of devices that started
     * a new one closed, and the totals of every voucher concerned, once. Announcing comes before the
     * closing so that a session closed here is last announced closed.
     */
    private Uni<Void> tell(List<SessionUpdate> updates) {
        List<SessionUpdate> told = updates.stream().filter(SessionUpdate::toAnnounce).toList();
        List<String> closed = told.stream().map(SessionUpdate::session).filter(session -> !session.open())
                .map(session -> session.id).toList();
        return stages.timed("announce", closing.announceAll(told.stream().map(SessionUpdate::session).toList()))
                .chain(() -> open.remove(closed))
                .chain(() -> stages.timed("supersede", succession.closeOlder(told)))
                .chain(() -> stages.timed("totals",
                        totals.publishAll(told.stream().map(SessionUpdate::session).toList())));
    }

    private void count(List<SessionUpdate> updates) {
        long applied = updates.stream().mapToLong(update -> update.deltas().size()).sum();
        long duplicates = updates.stream().mapToLong(SessionUpdate::duplicates).sum();
        long redelivered = updates.stream().filter(SessionUpdate::redelivered).count();
        meters.counter("hotspot.session.records", "result", "applied").increment(applied);
        meters.counter("hotspot.session.records", "result", "duplicate").increment(duplicates - redelivered);
        meters.counter("hotspot.session.records", "result", "redelivered").increment(redelivered);
    }
}
