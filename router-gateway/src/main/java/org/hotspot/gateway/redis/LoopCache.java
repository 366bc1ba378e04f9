package org.hotspot.gateway.redis;

import io.vertx.redis.client.Response;
import io.vertx.redis.client.ResponseType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event loop's copy of the Redis values it read, kept coherent by Redis itself: the loop's
 * connection has {@code CLIENT TRACKING} on, so Redis pushes an {@code invalidate} for every key it
 * read there as soon as the key changes or expires, on that same connection, ahead of any later
 * reply. Everything here runs on the loop's thread, in the order the connection delivers it, so a
 * value is never kept past the push that voids it. Values Redis does not hold are kept too (the key
 * is tracked all the same). A connection that ends takes its tracking with it, and the copy is
 * emptied; one that dies silently is caught by the lease ({@link #fresh}). Entries also go after
 * {@code maxAgeNanos} whatever Redis says, and the least recently used go first past {@code capacity}.
 */
final class LoopCache {

    /** A value as read (null: Redis had none) and when. */
    record Entry(String value, long readAt) {
    }

    private final int capacity;
    private final long maxAgeNanos;
    private final long leaseNanos;
    private final Map<String, Entry> entries;
    private boolean tracking;
    /** When the command whose reply came last was sent: every push for a change made before then is in. */
    private long heardAt = Long.MIN_VALUE;

    LoopCache(int capacity, long maxAgeNanos, long leaseNanos) {
        this.capacity = capacity;
        this.maxAgeNanos = maxAgeNanos;
        this.leaseNanos = leaseNanos;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > LoopCache.this.capacity;
            }
        };
    }

    /** The connection now tracks what it reads: values read on it may be kept. */
    void tracking() {
        tracking = true;
    }

    /** The connection ended or never tracked: nothing it read can be trusted to stay current. */
    void lost() {
        tracking = false;
        entries.clear();
    }

    boolean enabled() {
        return tracking;
    }

    /**
     * Whether the copy may answer now: the connection replied lately to a command sent within the
     * lease. A connection that died without closing delivers no pushes; this bounds how long that
     * can go unnoticed, at the price of one read of Redis per lease when every login is a hit.
     */
    boolean fresh(long now) {
        return tracking && now - heardAt <= leaseNanos;
    }

    /** A reply came to a command sent at {@code sentAt}. */
    void heard(long sentAt) {
        heardAt = Math.max(heardAt, sentAt);
    }

    /** The entry for the key, or null when it is not here (or too old). */
    Entry get(String key, long now) {
        Entry entry = entries.get(key);
        if (entry != null && now - entry.readAt() > maxAgeNanos) {
            entries.remove(key);
            return null;
        }
        return entry;
    }

    void put(String key, String value, long readAt) {
        if (tracking) {
            entries.put(key, new Entry(value, readAt));
        }
    }

    /** A push from Redis: {@code invalidate} with the keys that changed, or with none when it flushed everything. */
    void onPush(Response push) {
        if (push == null || push.type() != ResponseType.PUSH || push.size() < 2
                || !"invalidate".equals(String.valueOf(push.get(0)))) {
            return;
        }
        Response keys = push.get(1);
        if (keys == null) {
            entries.clear();
            return;
        }
        for (Response key : keys) {
            entries.remove(key.toString());
        }
    }

    int size() {
        return entries.size();
    }
}
