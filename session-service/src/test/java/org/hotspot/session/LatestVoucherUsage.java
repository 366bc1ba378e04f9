package org.hotspot.session;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hotspot.events.EventCodec;
import org.hotspot.events.Topics;
import org.hotspot.events.session.VoucherUsage;
import org.hotspot.testing.Topic;

/**
 * Each voucher's latest {@code VoucherUsage} on {@code session-events}, the newest {@code asOf}
 * winning as voucher-service takes them, without {@code asOf} so that it compares with what a
 * test expects.
 */
final class LatestVoucherUsage {

    private LatestVoucherUsage() {
    }

    /**
     * Reads the events of the vouchers whose ids contain {@code run} until their latest totals are
     * {@code expected} or a minute passes; the latest totals read.
     */
    static Map<String, VoucherUsage> read(String kafka, String run, Map<String, VoucherUsage> expected) {
        EventCodec codec = new EventCodec();
        Map<String, VoucherUsage> latest = new HashMap<>();
        int[] read = {0};
        Predicate<List<String>> caughtUp = values -> {
            for (; read[0] < values.size(); read[0]++) {
                VoucherUsage usage = codec.decode(values.get(read[0]).getBytes(UTF_8), VoucherUsage.TYPE).payload();
                latest.merge(usage.voucherId(), usage, (was, now) -> now.asOf().isBefore(was.asOf()) ? was : now);
            }
            return withoutAsOf(latest).equals(expected);
        };
        caughtUp.test(Topic.await(kafka, Topics.SESSION_EVENTS, value -> value.contains(run)
                && codec.peek(value.getBytes(UTF_8)).type().equals(VoucherUsage.TYPE.name()),
                caughtUp, Duration.ofSeconds(60)));
        return withoutAsOf(latest);
    }

    private static Map<String, VoucherUsage> withoutAsOf(Map<String, VoucherUsage> usage) {
        Map<String, VoucherUsage> without = new HashMap<>();
        usage.forEach((voucher, read) -> without.put(voucher, new VoucherUsage(voucher, read.timeUsedSeconds(),
                read.bytesIn(), read.bytesOut(), read.openSessions(), null)));
        return without;
    }
}
