package org.hotspot.session.usage;

import java.time.Instant;

/**
 * The buckets a usage query covers: those whose start lies in {@code [from, to)}. A bucket that
 * starts before {@code from} is left out whole, rather than counted whole for a part of it.
 */
public record UsageRange(Instant from, Instant to, Interval interval) {
}
