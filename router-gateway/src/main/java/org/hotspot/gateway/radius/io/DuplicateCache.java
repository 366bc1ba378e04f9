package org.hotspot.gateway.radius.io;

import java.util.Arrays;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * RFC 5080 §2.2.2 duplicate detection: a request is known by its source address and port, its
 * identifier and its Request Authenticator. While the first copy is being answered a retransmission
 * is dropped (the answer is on its way); once answered, a retransmission within the window gets the
 * same answer again, never a second decision or a second accounting record. Requests that got no
 * answer are forgotten, so the router's retry is handled afresh.
 *
 * <p>Each replica keeps its own: a router's retransmissions come from the same address and port,
 * which a UDP load balancer sends to the same replica; one that lands elsewhere is decided again
 * (a re-login of the same device) or published again with the same record id, which session-service
 * counts once.
 */
public final class DuplicateCache {

    /** A request's identity. */
    public record Key(String host, int port, int identifier, byte[] authenticator) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && port == that.port && identifier == that.identifier
                    && host.equals(that.host) && Arrays.equals(authenticator, that.authenticator);
        }

        @Override
        public int hashCode() {
            return (31 * host.hashCode() + port) * 257 + identifier + 31 * Arrays.hashCode(authenticator);
        }
    }

    /** What to do with a request: handle it, drop it, or send {@link #answer()} again. */
    public record Seen(boolean isNew, byte[] answer) {
        static final Seen NEW = new Seen(true, null);
        static final Seen IN_PROGRESS = new Seen(false, null);
    }

    private record Entry(byte[] answer, long expiresAt) {
    }

    private final long windowNanos;
    private final int capacity;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    /** Keys in the order they arrived, so expiry looks at the oldest only instead of scanning them all. */
    private final Queue<Key> arrivals = new ConcurrentLinkedQueue<>();

    private final java.util.function.LongSupplier nanoClock;

    public DuplicateCache(java.time.Duration window, int capacity) {
        this(window, capacity, System::nanoTime);
    }

    /** With the clock the window is measured on ({@link System#nanoTime} but in tests). */
    DuplicateCache(java.time.Duration window, int capacity, java.util.function.LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.windowNanos = window.toNanos();
        this.capacity = capacity;
    }

    /** Registers the request; says whether it is new, in progress, or answered already. */
    public Seen begin(Key key) {
        long now = nanoClock.getAsLong();
        Entry fresh = new Entry(null, now + windowNanos);
        if (entries.size() >= capacity) {
            // Full: handle it without the guard rather than drop it; a flood must not stop real logins.
            Entry known = entries.get(key);
            return known == null ? Seen.NEW : seen(known);
        }
        Entry known = entries.putIfAbsent(key, fresh);
        if (known == null) {
            arrivals.add(key);
            return Seen.NEW;
        }
        if (known.expiresAt - now < 0) {
            return entries.replace(key, known, fresh) ? Seen.NEW : begin(key);
        }
        return seen(known);
    }

    /** The request was answered: retransmissions within the window get these octets. */
    public void answered(Key key, byte[] answer) {
        entries.computeIfPresent(key, (k, entry) -> new Entry(answer, nanoClock.getAsLong() + windowNanos));
    }

    /** The request got no answer: forget it so the retransmission is handled again. */
    public void unanswered(Key key) {
        entries.remove(key);
    }

    /**
     * Removes what is past its window, oldest first; called on a timer. It stops at the first entry
     * still in its window (one answered late, or replaced after expiring, can hold back younger ones
     * for at most another window), so each call costs what expired, not what is held.
     */
    public void expire() {
        long now = nanoClock.getAsLong();
        Key oldest;
        while ((oldest = arrivals.peek()) != null) {
            Entry entry = entries.get(oldest);
            if (entry != null && entry.expiresAt - now >= 0) {
                return;
            }
            arrivals.poll();
            if (entry != null) {
                entries.remove(oldest, entry);
            }
        }
    }

    public int size() {
        return entries.size();
    }

    private static Seen seen(Entry entry) {
        return entry.answer == null ? Seen.IN_PROGRESS : new Seen(false, entry.answer);
    }
}
