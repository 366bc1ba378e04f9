package org.hotspot.gateway.radius.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.hotspot.gateway.radius.io.DuplicateCache.Key;
import org.hotspot.gateway.radius.io.DuplicateCache.Seen;
import org.junit.jupiter.api.Test;

class DuplicateCacheTest {

    private static Key key(int identifier) {
        byte[] authenticator = new byte[16];
        ByteBuffer.wrap(authenticator).putInt(identifier);
        return Key.of("192.0.2.1", 40_000, identifier & 0xff, authenticator);
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
        Key other = Key.of("192.0.2.1", 40_000, 1, new byte[16]);
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
        AtomicLong now = new AtomicLong();
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
    void pastCapacityTheOldestRequestsAreForgottenFirst() {
        DuplicateCache cache = new DuplicateCache(Duration.ofSeconds(30), 2);
        cache.begin(key(1));
        cache.answered(key(1), new byte[] {1});
        cache.begin(key(2));
        cache.answered(key(2), new byte[] {2});

        assertThat(cache.begin(key(3)).isNew()).isTrue();
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.begin(key(3)).isNew()).as("the newest is remembered").isFalse();
        assertThat(cache.begin(key(2)).answer()).containsExactly(2);
        assertThat(cache.begin(key(1)).isNew()).as("the oldest was forgotten").isTrue();
    }

    @Test
    void anAnswerWhoseBytesWereOverwrittenIsDecidedAgain() {
        // One slot's worth of answer bytes per slot on average: a few huge answers push out older ones.
        DuplicateCache cache = new DuplicateCache(Duration.ofSeconds(30), 4);
        cache.begin(key(1));
        cache.answered(key(1), new byte[] {9, 9});
        for (int i = 2; i <= 4; i++) {
            cache.begin(key(i));
            cache.answered(key(i), new byte[300]);
        }
        assertThat(cache.begin(key(4)).answer()).hasSize(300);
        assertThat(cache.begin(key(1)).isNew()).as("its bytes are gone").isTrue();
    }

    @Test
    void remembersTheLastRequestsUpToItsCapacityLikeAMap() {
        Random random = new Random(5080);
        int capacity = 64;
        DuplicateCache cache = new DuplicateCache(Duration.ofHours(1), capacity);
        // The model: each remembered request's arrival number and answer (null while in progress).
        Map<Integer, Long> arrived = new HashMap<>();
        Map<Integer, byte[]> answers = new HashMap<>();
        long arrivals = 0;
        for (int step = 0; step < 200_000; step++) {
            int id = random.nextInt(96);
            Key key = key(id);
            switch (random.nextInt(8)) {
                case 0 -> {
                    cache.unanswered(key);
                    arrived.remove(id);
                }
                case 1, 2 -> {
                    // Tiny answers: the ring of answer bytes never wraps, so the model need not know it.
                    byte[] answer = {(byte) step, (byte) id};
                    cache.answered(key, answer);
                    if (arrived.containsKey(id)) {
                        answers.put(id, answer);
                    }
                }
                default -> {
                    Seen seen = cache.begin(key);
                    if (arrived.containsKey(id)) {
                        assertThat(seen.isNew()).as("step %d, request %d", step, id).isFalse();
                        assertThat(seen.answer()).as("step %d, request %d", step, id).isEqualTo(answers.get(id));
                    } else {
                        assertThat(seen.isNew()).as("step %d, request %d", step, id).isTrue();
                        arrived.put(id, arrivals++);
                        answers.put(id, null);
                    }
                }
            }
            long count = arrivals;
            arrived.values().removeIf(at -> count - at > capacity);
            assertThat(cache.size()).as("step %d", step).isEqualTo(arrived.size());
        }
    }
}
