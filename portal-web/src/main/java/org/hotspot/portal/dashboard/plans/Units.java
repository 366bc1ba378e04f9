package org.hotspot.portal.dashboard.plans;

import java.util.List;
import java.util.Locale;

/**
 * The units an operator types quotas in. Data units are binary (1 MB is 1,048,576 bytes), as
 * RouterOS counts them and as voucher-service's smallest quota (1 MiB) is written.
 */
enum Units {
    MINUTES(60),
    HOURS(3_600),
    DAYS(86_400),
    MB(1L << 20),
    GB(1L << 30);

    static final List<Units> TIME = List.of(MINUTES, HOURS, DAYS);
    static final List<Units> DATA = List.of(MB, GB);

    final long size;

    Units(long size) {
        this.size = size;
    }

    /** The form's value for it ({@code minutes}, {@code mb}). */
    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The unit of {@code choices} a form named, or null for none of them. */
    static Units parse(String value, List<Units> choices) {
        return choices.stream().filter(unit -> unit.value().equals(value)).findFirst().orElse(null);
    }

    /** The largest of {@code choices} that measures {@code amount} exactly (the smallest when none does). */
    static Units largestExact(long amount, List<Units> choices) {
        Units best = choices.get(0);
        for (Units unit : choices) {
            if (amount % unit.size == 0) {
                best = unit;
            }
        }
        return best;
    }
}
