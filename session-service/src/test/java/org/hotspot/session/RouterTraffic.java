package org.hotspot.session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;
import org.hotspot.events.session.VoucherUsage;

/**
 * The accounting records of a few busy hours, in the order routers send them, and what
 * session-service must make of them: many sessions on a few routers and vouchers, each a Start,
 * Interim-Updates with cumulative counters (some sessions pass 4 GiB, some Interims report no new
 * usage) and a Stop. Some records are retransmitted, at once or a few records later, as a router
 * does when an acknowledgement is lost; a retransmission has the same record id and counts once.
 */
final class RouterTraffic {

    private static final long MIB = 1024L * 1024;
    private static final int ROUTERS = 5;

    /** Bytes from the devices, bytes to them, online seconds, and how many samples they came in. */
    record Sums(long bytesIn, long bytesOut, long seconds, long samples) {

        static final Sums NONE = new Sums(0, 0, 0, 0);

        Sums plus(Sums other) {
            return new Sums(bytesIn + other.bytesIn, bytesOut + other.bytesOut, seconds + other.seconds,
                    samples + other.samples);
        }
    }

    /** A session as it must end. */
    record SessionEnd(String voucherId, String state, String stopCause, long bytesIn, long bytesOut, long sessionTime,
            long sequence) {
    }

    private final String organization;
    private final List<AccountingRecord> sent = new ArrayList<>();
    private final Map<String, AccountingRecord> byId = new HashMap<>();
    private final Map<String, Integer> place = new HashMap<>();
    private final Map<String, SessionEnd> sessions = new LinkedHashMap<>();
    private final Map<String, Sums> samples = new HashMap<>();

    private RouterTraffic(String organization) {
        this.organization = organization;
    }

    /**
     * {@code sessions} sessions of {@code records} records each, across {@code vouchers} vouchers, the
     * sessions' records interleaved as they would be on the wire. {@code run} keeps ids apart from
     * other tests' on the shared broker; {@code seed} makes a failure repeatable.
     */
    static RouterTraffic generate(String run, String organization, int sessions, int records, int vouchers, long seed) {
        return generate(run, organization, sessions, records, vouchers, seed,
                Instant.now().truncatedTo(ChronoUnit.HOURS).minus(6, ChronoUnit.HOURS));
    }

    /** The same, the first session starting at {@code firstStart}, each next one two minutes later. */
    static RouterTraffic generate(String run, String organization, int sessions, int records, int vouchers, long seed,
            Instant firstStart) {
        RouterTraffic traffic = new RouterTraffic(organization);
        Random random = new Random(seed);
        long[][] counters = new long[sessions][3];
        List<List<AccountingRecord>> ofSession = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            ofSession.add(new ArrayList<>());
        }
        for (int i = 0; i < records; i++) {
            for (int s = 0; s < sessions; s++) {
                StatusType status = i == 0 ? StatusType.START
                        : i == records - 1 ? StatusType.STOP : StatusType.INTERIM_UPDATE;
                boolean idle = status == StatusType.INTERIM_UPDATE && random.nextInt(25) == 0;
                long[] before = counters[s].clone();
                if (i > 0 && !idle) {
                    long step = (1 + s % 4) * 16 * MIB;
                    counters[s][0] += 1 + random.nextLong(step);
                    counters[s][1] += 1 + random.nextLong(2 * step);
                    counters[s][2] += 55 + random.nextInt(11);
                }
                AccountingRecord record = record(run, s, i, status, "voucher-" + run + "-" + s % vouchers, counters[s],
                        firstStart.plusSeconds(120L * s + 60L * i));
                traffic.add(record, i, new Sums(counters[s][0] - before[0], counters[s][1] - before[1],
                        counters[s][2] - before[2], 1));
                ofSession.get(s).add(record);
                if (random.nextInt(20) == 0) {
                    traffic.sent.add(record); // retransmitted at once: the gateway's answer was lost
                }
                if (i >= 4 && random.nextInt(40) == 0) {
                    traffic.sent.add(ofSession.get(s).get(i - 3)); // a retransmission that waited in a queue
                }
            }
        }
        for (int s = 0; s < sessions; s++) {
            AccountingRecord stop = ofSession.get(s).get(records - 1);
            traffic.sessions.put(stop.key(), new SessionEnd(stop.voucherId(), SessionState.CLOSED.name(),
                    "User-Request", counters[s][0], counters[s][1], counters[s][2], records));
        }
        return traffic;
    }

    private static AccountingRecord record(String run, int s, int i, StatusType status, String voucherId,
            long[] counters, Instant at) {
        int router = s % ROUTERS;
        return new AccountingRecord(run + "-" + s + "-" + i, "router-" + router + "-" + run, "hap-" + router,
                "10.0.0." + (router + 1), "site-" + router % 2, status, String.format("81a%05x", s),
                "code-" + voucherId, voucherId, String.format("02:00:00:00:%02X:%02X", s / 256, s % 256),
                "10.5.0." + (s + 10), counters[0], counters[1], counters[0] / 1400, counters[1] / 1400, counters[2],
                status == StatusType.STOP ? "User-Request" : null, at, at.plusMillis(20));
    }

    private void add(AccountingRecord record, int placeInSession, Sums added) {
        sent.add(record);
        byId.put(record.recordId(), record);
        place.put(record.recordId(), placeInSession);
        if (added.bytesIn() != 0 || added.bytesOut() != 0 || added.seconds() != 0) {
            samples.put(record.recordId(), added);
        }
    }

    String organization() {
        return organization;
    }

    /** Every record in the order sent, retransmissions included. */
    List<AccountingRecord> sent() {
        return sent;
    }

    /** How many distinct records there are: what the sessions' sequences add up to. */
    int distinct() {
        return byId.size();
    }

    /** The record's place in its session, 0 for the Start. */
    int placeOf(AccountingRecord record) {
        return place.get(record.recordId());
    }

    /** Every session as it must end, by its key. */
    Map<String, SessionEnd> sessions() {
        return sessions;
    }

    /** What each record that added usage added, by record id: one sample each. */
    Map<String, Sums> samples() {
        return samples;
    }

    /** Each voucher's usage as its sessions add up, none of them open; without {@code asOf}. */
    Map<String, VoucherUsage> voucherUsage() {
        Map<String, VoucherUsage> usage = new HashMap<>();
        for (SessionEnd session : sessions.values()) {
            usage.merge(session.voucherId(), new VoucherUsage(session.voucherId(), session.sessionTime(),
                    session.bytesIn(), session.bytesOut(), List.of(), null),
                    (a, b) -> new VoucherUsage(a.voucherId(),
                            a.timeUsedSeconds() + b.timeUsedSeconds(), a.bytesIn() + b.bytesIn(),
                            a.bytesOut() + b.bytesOut(),
                            List.of(), null));
        }
        return usage;
    }

    /** The samples summed by voucher and bucket, as the roll-ups of an interval must hold them. */
    Map<String, Map<Instant, Sums>> byVoucher(Function<Instant, Instant> bucket) {
        return byVoucher(bucket, record -> true);
    }

    /** The samples of the records {@code included} summed by voucher and bucket. */
    Map<String, Map<Instant, Sums>> byVoucher(Function<Instant, Instant> bucket, Predicate<AccountingRecord> included) {
        Map<String, Map<Instant, Sums>> sums = new HashMap<>();
        samples.forEach((recordId, added) -> {
            AccountingRecord record = byId.get(recordId);
            if (included.test(record)) {
                sums.computeIfAbsent(record.voucherId(), voucher -> new HashMap<>())
                        .merge(bucket.apply(record.eventTime()), added, Sums::plus);
            }
        });
        return sums;
    }
}
