package org.hotspot.gateway.radius.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hotspot.gateway.radius.io.DuplicateCache.Key;
import org.hotspot.gateway.radius.io.DuplicateCache.Seen;
import org.junit.jupiter.api.Test;

class DuplicateCacheTest {

    private static Key key(int identifier) {
        byte[] authenticator = new byte[16];
        java.nio.ByteBuffer.wrap(authenticator).putInt(identifier);
        return new Key("192.0.2.1", 40_000, identifier & 0xff, authenticator);
    }

    @Test
    void aRetransmissionIsDroppedWhileInProgressThenGetsTheSameAnswer() {
        DuplicateCache cache = new DuplicateCache(Duration.ofSeconds(30), 100);

        assertThat(cache.begin(key(1)).isNew()).isTrue();
        Seen inProgress = cache.begin(key(1));
        assertThat(inProgress.isNew()).isFalse();
        assertThat(inProgress.answer()).isNull();

        cache.answered(key(1), new byte[] {2, 1, 0, 20});
        assertThat(cache.begin(key(1)).answer()).containsExactly(2, 1, 0, 20);
        // Same identifier, another authenticator: a new request, not a retransmission.
        Key other = new Key("192.0.2.1", 40_000, 1, new byte[16]);
        assertThat(cache.begin(other).isNew()).isTrue();
    }

    @Test
    void anUnansweredRequestIsHandledAfreshWhenRetransmitted() {
        DuplicateCache cache = new DuplicateCache(Duration.ofSeconds(30), 100);
        cache.begin(key(7));
        cache.unanswered(key(7));

        assertThat(cache.begin(key(7)).isNew()).isTrue();
    }

    @Test
    void expiryRemovesWhatIsPastItsWindowAndKeepsTheRest() {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
        DuplicateCache cache = new DuplicateCache(Duration.ofSeconds(1), 10_000, now::get);
        for (int i = 0; i < 1_000; i++) {
            cache.begin(key(i));
            cache.answered(key(i), new byte[] {2});
        }
        cache.begin(key(5_000));
        cache.unanswered(key(5_000));
        cache.expire();
        assertThat(cache.size()).as("nothing expired yet").isEqualTo(1_000);

        now.addAndGet(Duration.ofMillis(1_200).toNanos());
        cache.begin(key(9_999));
        cache.expire();

        assertThat(cache.size()).as("only the request that arrived after the window").isEqualTo(1);
        assertThat(cache.begin(key(3)).isNew()).as("an expired request is new again").isTrue();
    }

    @Test
    void pastCapacityRequestsAreHandledWithoutTheGuard() {
        DuplicateCache cache = new DuplicateCache(Duration.ofSeconds(30), 2);
        cache.begin(key(1));
        cache.begin(key(2));

        assertThat(cache.begin(key(3)).isNew()).isTrue();
        assertThat(cache.begin(key(3)).isNew()).as("not remembered: full").isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }
}
