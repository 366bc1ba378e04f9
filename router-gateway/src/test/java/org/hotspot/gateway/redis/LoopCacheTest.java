package org.hotspot.gateway.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bookkeeping that lets a loop keep what it read although the replies and the invalidations
 * come on two connections, in no order between them.
 */
class LoopCacheTest {

    private static final long LEASE = 1_000_000_000L;

    private final LoopCache cache = new LoopCache(100, 60 * LEASE, LEASE);

    LoopCacheTest() {
        cache.lost();
        cache.tracking();
    }

    @Test
    void aReplyIsKeptAndAnInvalidationAfterItRemovesIt() {
        LoopCache.Read read = cache.reading(List.of("a"));
        cache.read(read, List.of("1"), 0);
        assertThat(cache.get("a", 0).value()).isEqualTo("1");

        cache.invalidated(List.of("a"));
        assertThat(cache.get("a", 0)).isNull();
    }

    @Test
    void aReplyWhoseKeyWasInvalidatedWhileItWasInFlightIsNotKept() {
        LoopCache.Read read = cache.reading(List.of("a", "b"));
        // The change to a reached the loop before the reply: the reply may hold a's old value.
        cache.invalidated(List.of("a"));
        cache.read(read, List.of("old", "2"), 0);

        assertThat(cache.get("a", 0)).as("read before the change").isNull();
        assertThat(cache.get("b", 0).value()).isEqualTo("2");
    }

    @Test
    void aReadSentAfterTheInvalidationIsKeptEvenWhileAnEarlierOneIsInFlight() {
        LoopCache.Read early = cache.reading(List.of("a"));
        cache.invalidated(List.of("a"));
        LoopCache.Read late = cache.reading(List.of("a"));
        cache.read(early, List.of("old"), 0);
        assertThat(cache.get("a", 0)).isNull();

        cache.read(late, List.of("new"), 0);
        assertThat(cache.get("a", 0).value()).isEqualTo("new");
    }

    @Test
    void aFlushVoidsEveryReadInFlightAndEverythingKept() {
        cache.read(cache.reading(List.of("kept")), List.of("1"), 0);
        LoopCache.Read inFlight = cache.reading(List.of("a"));

        cache.invalidated(null);
        cache.read(inFlight, List.of("old"), 0);

        assertThat(cache.get("kept", 0)).isNull();
        assertThat(cache.get("a", 0)).isNull();
    }

    @Test
    void aValueRedisDoesNotHoldIsKeptAsAbsent() {
        cache.read(cache.reading(List.of("a")), Arrays.asList((String) null), 0);

        assertThat(cache.get("a", 0)).isNotNull();
        assertThat(cache.get("a", 0).value()).isNull();
    }

    @Test
    void aReplyOnConnectionsSinceLostIsNotKeptAndAFailedReadKeepsNothing() {
        LoopCache.Read before = cache.reading(List.of("a"));
        cache.lost();
        cache.tracking();
        cache.read(before, List.of("1"), 0);
        assertThat(cache.get("a", 0)).isNull();

        cache.read(cache.reading(List.of("b")), null, 0);
        assertThat(cache.get("b", 0)).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void theCopyAnswersOnlyWithinTheLeaseOfAnAnsweredPing() {
        assertThat(cache.fresh(0)).as("no PING answered yet").isFalse();
        assertThat(cache.pingDue(10)).isTrue();
        assertThat(cache.pingDue(11)).as("one PING at a time").isFalse();
        assertThat(cache.pingWaiting(11)).isEqualTo(1);

        cache.ponged();
        assertThat(cache.fresh(10 + LEASE)).isTrue();
        assertThat(cache.fresh(11 + LEASE)).as("the lease counts from the PING's send").isFalse();
        assertThat(cache.pingWaiting(11)).isZero();
    }

    @Test
    void entriesGoPastTheirMaximumAge() {
        cache.read(cache.reading(List.of("a")), List.of("1"), 0);

        assertThat(cache.get("a", 60 * LEASE)).isNotNull();
        assertThat(cache.get("a", 60 * LEASE + 1)).isNull();
    }
}
