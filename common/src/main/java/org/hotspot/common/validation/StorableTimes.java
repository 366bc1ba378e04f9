package org.hotspot.common.validation;

import java.time.Instant;

/**
 * The instants an API takes as a query bound or stores: from 1970 to the end of 9999. Java parses
 * years up to 999,999,999 either way, and such a time overflows epoch milliseconds, BSON dates and
 * date arithmetic further on; the API refuses it first, as a 400 naming the parameter.
 */
public final class StorableTimes {

    public static final Instant EARLIEST = Instant.EPOCH;
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    /** The violation message for a time outside them. */
    public static final String BOUNDS = "must be between 1970-01-01 and 9999-12-31";

    private StorableTimes() {
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }
}
