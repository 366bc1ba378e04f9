package org.hotspot.gateway.redis;

import io.vertx.redis.client.Response;
import io.vertx.redis.client.ResponseType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One event loop's copy of the Redis values it read, kept coherent by Redis itself: the loop's
 * command connection has {@code CLIENT TRACKING ON REDIRECT} to the loop's invalidation connection,
 * subscribed to {@code __redis__:invalidate}, so Redis sends the keys it read there as soon as one
 * changes or expires. Both connections speak RESP2: Vert.x's client (4.5) takes a RESP3 push that
 * arrives while commands are in flight for the reply of the oldest one, after which every reply on
 * the connection goes to the command after its own; in RESP2 Redis sends no push on a command
 * connection.
 *
 * <p>Two connections are not ordered with each other, so a read records the keys it asks for and
 * the count of invalidations heard when it was sent; a key invalidated before its reply came is not
 * kept (the reply may predate the change). An invalidation that comes after the reply removes the
 * value as it comes; until then (the time Redis takes to write to two sockets) the copy can answer
 * the value before the change.
 *
 * <p>The copy answers only within {@code leaseNanos} of the send of the last PING the invalidation
 * connection answered: a PONG comes after every invalidation Redis sent before the PING, and a
 * connection that died without closing answers none. A connection that ends empties the copy.
 * Entries also go after {@code maxAgeNanos} whatever Redis says, and the least recently used go
 * first past {@code capacity}. Everything here runs on the loop's thread.
 */
final class LoopCache {

    static final String INVALIDATIONS = "__redis__:invalidate";

    /** A value as read (null: Redis had none) and when. */
    record Entry(String value, long readAt) {
    }

    /** A read in flight: its keys, the connection generation and the invalidation count at its send. */
    record Read(List<String> keys, long generation, long heardInvalidations) {
    }

    private final int capacity;
    private final long maxAgeNanos;
    private final long leaseNanos;
    private final Map<String, Entry> entries;
    /** Keys with reads in flight: how many, and the invalidation count of their latest invalidation. */
    private final Map<String, long[]> reading = new HashMap<>();
    private boolean tracking;
    private long generation;
    private long invalidations;
    private long flushedAt = -1;
    /** When the PING whose PONG came last was sent: every invalidation sent before then is in. */
    private long confirmedAt;
    /** Whether any PING was answered on these connections (nanoTime has no value that means never). */
    private boolean confirmed;
    private long pingSentAt;
    private boolean pingInFlight;

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

    /** Redis now sends this connection pair's invalidations: values read from here on may be kept. */
    void tracking() {
        tracking = true;
    }

    /** A connection ended or never tracked: nothing read can be trusted to stay current. */
    void lost() {
        tracking = false;
        generation++;
        entries.clear();
        reading.clear();
        pingInFlight = false;
        confirmed = false;
    }

    boolean enabled() {
        return tracking;
    }

    /** Whether the copy may answer now: the invalidation connection answered a PING sent within the lease. */
    boolean fresh(long now) {
        return tracking && confirmed && now - confirmedAt <= leaseNanos;
    }

    /** Whether to send a PING on the invalidation connection now (one at a time); if so, it counts as sent. */
    boolean pingDue(long now) {
        if (!tracking || pingInFlight) {
            return false;
        }
        pingInFlight = true;
        pingSentAt = now;
        return true;
    }

    /** How long the PING in flight has gone unanswered, 0 when none is. */
    long pingWaiting(long now) {
        return pingInFlight ? now - pingSentAt : 0;
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

    /** A read of these keys is about to be sent. */
    Read reading(List<String> keys) {
        for (String key : keys) {
            reading.computeIfAbsent(key, k -> new long[] {0, -1})[0]++;
        }
        return new Read(keys, generation, invalidations);
    }

    /**
     * The read's reply came (values null: it failed): each value is kept unless its key was
     * invalidated, or everything flushed, after the read was sent.
     */
    void read(Read read, List<String> values, long readAt) {
        if (read.generation() != generation) {
            return; // the connections it was read on are gone, and with them its bookkeeping
        }
        for (int i = 0; i < read.keys().size(); i++) {
            String key = read.keys().get(i);
            long[] state = reading.get(key);
            boolean voided = flushedAt > read.heardInvalidations()
                    || state != null && state[1] > read.heardInvalidations();
            if (values != null && tracking && !voided) {
                entries.put(key, new Entry(values.get(i), readAt));
            }
            if (state != null && --state[0] == 0) {
                reading.remove(key);
            }
        }
    }

    /**
     * What the invalidation connection received: an invalidation (RESP2 {@code message} on
     * {@link #INVALIDATIONS}, with the keys, or none when Redis flushed everything), or a PONG.
     */
    void onMessage(Response message) {
        if (message == null) {
            return;
        }
        boolean multi = message.type() == ResponseType.MULTI;
        String kind = !multi ? String.valueOf(message) : message.size() > 0 ? String.valueOf(message.get(0)) : "";
        if ("pong".equalsIgnoreCase(kind)) {
            ponged();
            return;
        }
        if (!multi || !"message".equals(kind) || message.size() < 3
                || !INVALIDATIONS.equals(String.valueOf(message.get(1)))) {
            return;
        }
        Response keys = message.get(2);
        if (keys == null) {
            invalidated(null);
        } else if (keys.type() != ResponseType.MULTI) {
            invalidated(List.of(keys.toString()));
        } else {
            List<String> names = new ArrayList<>(keys.size());
            keys.forEach(key -> names.add(key.toString()));
            invalidated(names);
        }
    }

    /** The PONG to the PING in flight came. */
    void ponged() {
        if (!pingInFlight) {
            return;
        }
        // One PING at a time, each sent after the last was answered: its send is the latest confirmed.
        pingInFlight = false;
        confirmedAt = pingSentAt;
        confirmed = true;
    }

    /** Redis says these keys changed, or (null) that it flushed everything. */
    void invalidated(List<String> keys) {
        invalidations++;
        if (keys == null) {
            entries.clear();
            flushedAt = invalidations;
            return;
        }
        for (String key : keys) {
            entries.remove(key);
            long[] state = reading.get(key);
            if (state != null) {
                state[1] = invalidations;
            }
        }
    }

    int size() {
        return entries.size();
    }
}
