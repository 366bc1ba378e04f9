package org.hotspot.gateway.radius.accounting;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * User-Names that lately named no voucher of the organization, by organization and lookup key (never
 * the name itself). Routers send many that are no code at all (MikroTik trial users {@code T-<mac>},
 * MAC authentication), and each would cost a Redis read, a call to voucher-service and its query on
 * every accounting packet of the session. A name is asked about again once its entry is older than
 * the time to live, so a voucher that did come to exist is found within it.
 */
final class UnknownUserNames {

    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;
    /** When each entry was made, in {@link #nanoTime} units. */
    private final Map<String, Long> remembered = new ConcurrentHashMap<>();

    UnknownUserNames(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    /** Whether the lookup key named no voucher of the organization within the time to live. */
    boolean contains(String organizationId, String lookupKey) {
        String key = key(organizationId, lookupKey);
        Long since = remembered.get(key);
        if (since == null) {
            return false;
        }
        if (nanoTime.getAsLong() - since < ttlNanos) {
            return true;
        }
        remembered.remove(key, since);
        return false;
    }

    void add(String organizationId, String lookupKey) {
        if (remembered.size() >= maxEntries) {
            // A flood of distinct names starts the memo over rather than grow it; they are asked again.
            remembered.clear();
        }
        remembered.put(key(organizationId, lookupKey), nanoTime.getAsLong());
    }

    private static String key(String organizationId, String lookupKey) {
        return organizationId + '|' + lookupKey;
    }
}
