package org.hotspot.session.usage;

import java.time.Instant;

/**
 * Usage in one bucket, summed over its shards.
 *
 * @param at       the bucket's start
 * @param bytesIn  bytes from devices (upload)
 * @param bytesOut bytes to devices (download)
 * @param seconds  online seconds
 */
public record UsagePoint(Instant at, long bytesIn, long bytesOut, long seconds) {
}
