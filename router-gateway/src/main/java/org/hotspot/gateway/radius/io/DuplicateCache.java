package org.hotspot.gateway.radius.io;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.function.LongSupplier;

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
 *
 * <p>The cache holds every request of the last few seconds, so at thousands of requests a second
 * it is the gateway's largest live data. Held as objects (a map entry, a key, the answer's array per
 * request) they survived young collections by the hundred thousand and made them, and the full
 * collections after them, last tens to hundreds of milliseconds: measured as the gateway's p99. Here
 * everything lives in a few primitive arrays that the collector never traces: requests take slots
 * of a ring in arrival order, an open-addressed table finds a request's slot, and answers are
 * copied into a ring of bytes. When the ring wraps before the window ends, the oldest requests are
 * forgotten first; an answer whose bytes were overwritten is decided again, which is what a
 * request past the window gets anyway.
 */
public final class DuplicateCache {

    /** A request's identity: the source address and port, the identifier and the Request Authenticator. */
    public record Key(long addressHigh, long addressLow, int port, int identifier, long authenticatorHigh,
            long authenticatorLow) {

        public static Key of(InetAddress address, int port, int identifier, byte[] authenticator) {
            byte[] raw = address.getAddress();
            ByteBuffer bytes = ByteBuffer.allocate(16);
            bytes.position(16 - raw.length).put(raw).flip();
            ByteBuffer auth = ByteBuffer.wrap(authenticator);
            return new Key(bytes.getLong(), bytes.getLong(), port, identifier, auth.getLong(), auth.getLong());
        }

        /** For a literal address such as {@code 192.0.2.1}. */
        public static Key of(String address, int port, int identifier, byte[] authenticator) {
            try {
                return of(InetAddress.getByName(address), port, identifier, authenticator);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an address: " + address, e);
            }
        }

        int hash() {
            return DuplicateCache.hash(addressHigh, addressLow, port << 8 | identifier, authenticatorHigh,
                    authenticatorLow);
        }
    }

    private static int hash(long addressHigh, long addressLow, int portAndIdentifier, long authenticatorHigh,
            long authenticatorLow) {
        long h = addressHigh * 0x9E3779B97F4A7C15L ^ addressLow;
        h = h * 0x9E3779B97F4A7C15L ^ portAndIdentifier;
        h = h * 0x9E3779B97F4A7C15L ^ authenticatorHigh;
        h = h * 0x9E3779B97F4A7C15L ^ authenticatorLow;
        return (int) (h ^ h >>> 29 ^ h >>> 47);
    }

    /** What to do with a request: handle it, drop it, or send {@link #answer()} again. */
    public record Seen(boolean isNew, byte[] answer) {
        static final Seen NEW = new Seen(true, null);
        static final Seen IN_PROGRESS = new Seen(false, null);
    }

    private static final int IN_PROGRESS = -1;
    /** Answers are held this many bytes per slot on average; an Access-Accept is about 120. */
    private static final int ANSWER_BYTES_PER_SLOT = 160;

    private final long windowNanos;
    private final LongSupplier nanoClock;
    private final int capacity;

    // Per slot. A slot is live while the table points at it.
    private final long[] addressHigh;
    private final long[] addressLow;
    private final int[] portAndIdentifier;
    private final long[] authenticatorHigh;
    private final long[] authenticatorLow;
    private final long[] expiresAt;
    private final long[] answerStart;
    private final int[] answerLength;
    private final boolean[] live;

    /** Open addressing, linear probing: slot + 1, or 0 for empty. */
    private final int[] table;
    private final int mask;

    private final byte[] answers;
    /** Bytes ever written to {@link #answers}: an answer written at p is intact while written - p <= length. */
    private long answersWritten;

    /** Slots ever handed out; the next is {@code arrivals % capacity}. */
    private long arrivals;
    /** Slots before this were expired or reused: expiry goes on from here. */
    private long oldest;
    private int size;

    public DuplicateCache(Duration window, int capacity) {
        this(window, capacity, System::nanoTime);
    }

    /** With the clock the window is measured on ({@link System#nanoTime} but in tests). */
    DuplicateCache(Duration window, int capacity, LongSupplier nanoClock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("duplicate cache capacity must be at least 1, was " + capacity);
        }
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
        this.capacity = capacity;
        addressHigh = new long[capacity];
        addressLow = new long[capacity];
        portAndIdentifier = new int[capacity];
        authenticatorHigh = new long[capacity];
        authenticatorLow = new long[capacity];
        expiresAt = new long[capacity];
        answerStart = new long[capacity];
        answerLength = new int[capacity];
        live = new boolean[capacity];
        int tableSize = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) << 1;
        table = new int[tableSize];
        mask = tableSize - 1;
        answers = new byte[(int) Math.min(Integer.MAX_VALUE - 8, (long) capacity * ANSWER_BYTES_PER_SLOT)];
    }

    /** Registers the request; says whether it is new, in progress, or answered already. */
    public synchronized Seen begin(Key key) {
        long now = nanoClock.getAsLong();
        int slot = find(key);
        if (slot >= 0 && expiresAt[slot] - now >= 0) {
            if (answerLength[slot] == IN_PROGRESS) {
                return Seen.IN_PROGRESS;
            }
            byte[] answer = answer(slot);
            if (answer != null) {
                return new Seen(false, answer);
            }
            // Answered, but the bytes were overwritten since: decide it again.
        }
        if (slot >= 0) {
            remove(slot);
        }
        take(key, now);
        return Seen.NEW;
    }

    /** The request was answered: retransmissions within the window get these octets. */
    public synchronized void answered(Key key, byte[] answer) {
        int slot = find(key);
        if (slot < 0 || answer.length > answers.length) {
            return;
        }
        int at = (int) (answersWritten % answers.length);
        int first = Math.min(answer.length, answers.length - at);
        System.arraycopy(answer, 0, answers, at, first);
        System.arraycopy(answer, first, answers, 0, answer.length - first);
        answerStart[slot] = answersWritten;
        answerLength[slot] = answer.length;
        answersWritten += answer.length;
        expiresAt[slot] = nanoClock.getAsLong() + windowNanos;
    }

    /** The request got no answer: forget it so the retransmission is handled again. */
    public synchronized void unanswered(Key key) {
        int slot = find(key);
        if (slot >= 0) {
            remove(slot);
        }
    }

    /**
     * Forgets what is past its window, oldest first; called on a timer. It stops at the first request
     * still in its window (one answered late can hold back younger ones for at most another window),
     * so each call costs what expired, not what is held.
     */
    public synchronized void expire() {
        long now = nanoClock.getAsLong();
        while (oldest < arrivals) {
            int slot = (int) (oldest % capacity);
            if (live[slot]) {
                if (expiresAt[slot] - now >= 0) {
                    return;
                }
                remove(slot);
            }
            oldest++;
        }
    }

    public synchronized int size() {
        return size;
    }

    private void take(Key key, long now) {
        int slot = (int) (arrivals % capacity);
        if (live[slot]) {
            // The ring wrapped within the window: the oldest request is forgotten first.
            remove(slot);
        }
        arrivals++;
        oldest = Math.max(oldest, arrivals - capacity);
        addressHigh[slot] = key.addressHigh();
        addressLow[slot] = key.addressLow();
        portAndIdentifier[slot] = key.port() << 8 | key.identifier();
        authenticatorHigh[slot] = key.authenticatorHigh();
        authenticatorLow[slot] = key.authenticatorLow();
        expiresAt[slot] = now + windowNanos;
        answerLength[slot] = IN_PROGRESS;
        live[slot] = true;
        int i = key.hash() & mask;
        while (table[i] != 0) {
            i = i + 1 & mask;
        }
        table[i] = slot + 1;
        size++;
    }

    private byte[] answer(int slot) {
        int length = answerLength[slot];
        long start = answerStart[slot];
        if (answersWritten - start > answers.length) {
            return null;
        }
        byte[] answer = new byte[length];
        int at = (int) (start % answers.length);
        int first = Math.min(length, answers.length - at);
        System.arraycopy(answers, at, answer, 0, first);
        System.arraycopy(answers, 0, answer, first, length - first);
        return answer;
    }

    /** The live slot holding this request, or -1. */
    private int find(Key key) {
        int packed = key.port() << 8 | key.identifier();
        for (int i = key.hash() & mask; table[i] != 0; i = i + 1 & mask) {
            int slot = table[i] - 1;
            if (authenticatorLow[slot] == key.authenticatorLow() && authenticatorHigh[slot] == key.authenticatorHigh()
                    && portAndIdentifier[slot] == packed && addressLow[slot] == key.addressLow()
                    && addressHigh[slot] == key.addressHigh()) {
                return slot;
            }
        }
        return -1;
    }

    /** Takes the slot out of the table, moving back the entries probed past it (linear-probing deletion). */
    private void remove(int slot) {
        int i = indexOf(slot);
        live[slot] = false;
        size--;
        int j = i;
        while (true) {
            table[i] = 0;
            int home;
            do {
                j = j + 1 & mask;
                if (table[j] == 0) {
                    return;
                }
                home = hashOf(table[j] - 1) & mask;
                // Leave table[j] where it is if its home lies cyclically in (i, j].
            } while (i <= j ? i < home && home <= j : i < home || home <= j);
            table[i] = table[j];
            i = j;
        }
    }

    private int indexOf(int slot) {
        for (int i = hashOf(slot) & mask;; i = i + 1 & mask) {
            if (table[i] == slot + 1) {
                return i;
            }
        }
    }

    private int hashOf(int slot) {
        return hash(addressHigh[slot], addressLow[slot], portAndIdentifier[slot], authenticatorHigh[slot],
                authenticatorLow[slot]);
    }
}
