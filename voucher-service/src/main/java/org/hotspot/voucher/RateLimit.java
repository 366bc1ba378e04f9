package org.hotspot.voucher;

import java.time.Duration;

/**
 * A MikroTik rate limit, the string RouterOS reads from the Mikrotik-Rate-Limit RADIUS attribute
 * and from a hotspot user profile:
 * {@code rx/tx [burst-rx/burst-tx [threshold-rx/threshold-tx [time-rx/time-tx [priority [min-rx/min-tx]]]]]}.
 *
 * <p>RouterOS names directions from the router's side: {@code rx} is what the router receives from
 * the client, so the client's upload, and {@code tx} the client's download. Rates are bits per
 * second with decimal units as RouterOS counts them (1k = 1,000). A later part needs every part
 * before it; absent parts are null, and RouterOS fills them in itself (threshold = the base rate,
 * time = 1 s, min = the base rate), which this record deliberately does not, so that what an
 * operator wrote is what goes to the router.
 *
 * @param rx base rate the client may upload at
 * @param tx base rate the client may download at
 * @param priority 1 (highest) to 8 (lowest)
 */
public record RateLimit(long rx, long tx,
        Long burstRx, Long burstTx,
        Long thresholdRx, Long thresholdTx,
        Duration timeRx, Duration timeTx,
        Integer priority,
        Long minRx, Long minTx) {

    /** 100 Gbit/s: above any hotspot link, so a larger number is a typo (an extra zero, a G for M). */
    public static final long MAX_RATE = 100_000_000_000L;

    private static final String[] PAIRS = {"", "burst-", "threshold-", "time-", "priority", "min-"};

    public RateLimit {
        requireRate("rx", rx, 1);
        requireRate("tx", tx, 1);
        requirePair("burst", burstRx, burstTx, true);
        requirePair("threshold", thresholdRx, thresholdTx, burstRx != null);
        requirePair("time", timeRx, timeTx, thresholdRx != null);
        if (priority != null && timeRx == null) {
            throw new IllegalArgumentException("priority needs burst, threshold and time before it");
        }
        requirePair("min", minRx, minTx, priority != null);
        // Zero burst, threshold, time or min is what RouterOS's own queues default to: allowed.
        requireRate("burst-rx", burstRx, 0);
        requireRate("burst-tx", burstTx, 0);
        requireRate("threshold-rx", thresholdRx, 0);
        requireRate("threshold-tx", thresholdTx, 0);
        requireRate("min-rx", minRx, 0);
        requireRate("min-tx", minTx, 0);
        if (timeRx != null && (timeRx.isNegative() || timeTx.isNegative())) {
            throw new IllegalArgumentException("burst time cannot be negative");
        }
        if (priority != null && (priority < 1 || priority > 8)) {
            throw new IllegalArgumentException("priority " + priority + " is not 1 to 8");
        }
        // RouterOS documents that the guaranteed minimum cannot exceed the base rate.
        if (minRx != null && (minRx > rx || minTx > tx)) {
            throw new IllegalArgumentException("min-rx/min-tx cannot exceed rx/tx");
        }
    }

    /** A plain limit without burst: {@code rx/tx}. */
    public static RateLimit of(long rx, long tx) {
        return new RateLimit(rx, tx, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Reads the MikroTik form. As in RouterOS, a pair may be a single value meaning both
     * directions ({@code 128k} is {@code 128k/128k}), and times may carry an {@code s}.
     *
     * @throws IllegalArgumentException with a message naming the part that is wrong
     */
    public static RateLimit parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("rate limit is empty");
        }
        String[] parts = text.strip().split("\\s+");
        if (parts.length > PAIRS.length) {
            throw new IllegalArgumentException("rate limit has " + parts.length
                    + " parts, at most 6: rx/tx burst threshold time priority min");
        }
        long[] rates = new long[10];
        Duration[] times = new Duration[2];
        Integer priority = null;
        for (int i = 0; i < parts.length; i++) {
            if (i == 4) {
                priority = parsePriority(parts[i]);
                continue;
            }
            String[] pair = split(PAIRS[i], parts[i]);
            for (int side = 0; side < 2; side++) {
                String name = PAIRS[i] + (side == 0 ? "rx" : "tx");
                if (i == 3) {
                    times[side] = parseTime(name, pair[side]);
                } else {
                    rates[(i == 5 ? 4 : i) * 2 + side] = parseRate(name, pair[side]);
                }
            }
        }
        int n = parts.length;
        return new RateLimit(rates[0], rates[1],
                n > 1 ? rates[2] : null, n > 1 ? rates[3] : null,
                n > 2 ? rates[4] : null, n > 2 ? rates[5] : null,
                times[0], times[1], priority,
                n > 5 ? rates[8] : null, n > 5 ? rates[9] : null);
    }

    /** The canonical form: largest exact unit, times in plain seconds, only the parts present. */
    public String toMikrotik() {
        StringBuilder out = new StringBuilder(rate(rx)).append('/').append(rate(tx));
        if (burstRx != null) {
            out.append(' ').append(rate(burstRx)).append('/').append(rate(burstTx));
        }
        if (thresholdRx != null) {
            out.append(' ').append(rate(thresholdRx)).append('/').append(rate(thresholdTx));
        }
        if (timeRx != null) {
            out.append(' ').append(timeRx.toSeconds()).append('/').append(timeTx.toSeconds());
        }
        if (priority != null) {
            out.append(' ').append(priority);
        }
        if (minRx != null) {
            out.append(' ').append(rate(minRx)).append('/').append(rate(minTx));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return toMikrotik();
    }

    private static String[] split(String pairName, String part) {
        int slash = part.indexOf('/');
        if (slash < 0) {
            return new String[] {part, part};
        }
        if (part.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException(pairName + "rx/" + pairName + "tx '" + part + "' has more than one '/'");
        }
        return new String[] {part.substring(0, slash), part.substring(slash + 1)};
    }

    private static long parseRate(String name, String value) {
        long unit = 1;
        String digits = value;
        char last = value.isEmpty() ? ' ' : value.charAt(value.length() - 1);
        switch (last) {
            case 'k', 'K' -> unit = 1_000L;
            case 'M' -> unit = 1_000_000L;
            case 'G' -> unit = 1_000_000_000L;
            default -> {
            }
        }
        if (unit != 1) {
            digits = value.substring(0, value.length() - 1);
        }
        // Digits only, and few enough that the multiplication cannot overflow before the range check.
        if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a rate like 512k, 4M or 1G");
        }
        long bits = Long.parseLong(digits) * unit;
        if (bits > MAX_RATE) {
            throw new IllegalArgumentException(name + " '" + value + "' is above 100G");
        }
        return bits;
    }

    private static Duration parseTime(String name, String value) {
        String digits = value.endsWith("s") ? value.substring(0, value.length() - 1) : value;
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a time in seconds like 10 or 10s");
        }
        return Duration.ofSeconds(Long.parseLong(digits));
    }

    private static Integer parsePriority(String value) {
        if (!value.matches("[1-8]")) {
            throw new IllegalArgumentException("priority '" + value + "' is not 1 to 8");
        }
        return Integer.valueOf(value);
    }

    private static void requireRate(String name, Long bits, long min) {
        if (bits != null && (bits < min || bits > MAX_RATE)) {
            throw new IllegalArgumentException(name + " " + bits + " bits/s is not between " + min + " and 100G");
        }
    }

    private static void requirePair(String name, Object rx, Object tx, boolean allowed) {
        if ((rx == null) != (tx == null)) {
            throw new IllegalArgumentException(name + "-rx and " + name + "-tx come together");
        }
        if (rx != null && !allowed) {
            throw new IllegalArgumentException(name + " needs every part before it");
        }
    }

    private static String rate(long bits) {
        if (bits != 0 && bits % 1_000_000_000L == 0) {
            return bits / 1_000_000_000L + "G";
        }
        if (bits != 0 && bits % 1_000_000L == 0) {
            return bits / 1_000_000L + "M";
        }
        if (bits != 0 && bits % 1_000L == 0) {
            return bits / 1_000L + "k";
        }
        return Long.toString(bits);
    }
}
