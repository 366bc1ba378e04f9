package org.hotspot.common.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescerTest {

    /** A sender whose batches the test answers by hand, to hold them in flight. */
    private static final class HeldSender {
        final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        final List<UniEmitter<? super List<String>>> answers = new CopyOnWriteArrayList<>();

        Uni<List<String>> send(List<Integer> batch) {
            batches.add(batch);
            return Uni.createFrom().emitter(answers::add);
        }

        void answer(int batch) {
            answers.get(batch).complete(batches.get(batch).stream().map(i -> "r" + i).toList());
        }
    }

    @Test
    void aLoneCallGoesAtOnceAndCallsQueuedBehindItGoTogether() {
        HeldSender sender = new HeldSender();
        Coalescer<Integer, String> coalescer = new Coalescer<>(sender::send, 100, 1);
        List<String> results = new CopyOnWriteArrayList<>();

        coalescer.call(1).subscribe().with(results::add);
        assertThat(sender.batches).containsExactly(List.of(1));
        for (int i = 2; i <= 5; i++) {
            coalescer.call(i).subscribe().with(results::add);
        }
        assertThat(sender.batches).hasSize(1);
        assertThat(coalescer.waiting()).isEqualTo(4);

        sender.answer(0);
        assertThat(sender.batches).containsExactly(List.of(1), List.of(2, 3, 4, 5));
        sender.answer(1);
        assertThat(results).containsExactly("r1", "r2", "r3", "r4", "r5");
        assertThat(coalescer.waiting()).isZero();
    }

    @Test
    void aQueuedCallWhoseCallerStoppedWaitingIsNeverSent() {
        HeldSender sender = new HeldSender();
        Coalescer<Integer, String> coalescer = new Coalescer<>(sender::send, 100, 1);
        List<String> results = new CopyOnWriteArrayList<>();
        coalescer.call(1).subscribe().with(results::add);
        var gaveUp = coalescer.call(2).subscribe().with(results::add);
        coalescer.call(3).subscribe().with(results::add);

        gaveUp.cancel();
        sender.answer(0);

        assertThat(sender.batches).containsExactly(List.of(1), List.of(3));
        sender.answer(1);
        assertThat(results).containsExactly("r1", "r3");
    }

    @Test
    void aCallerTimingOutInTheQueueLeavesItAndTheOthersGoOn() {
        HeldSender sender = new HeldSender();
        Coalescer<Integer, String> coalescer = new Coalescer<>(sender::send, 100, 1);
        coalescer.call(1).subscribe().with(r -> {
        });
        assertThatThrownBy(() -> coalescer.call(2).ifNoItem().after(Duration.ofMillis(50)).fail()
                .await().atMost(Duration.ofSeconds(1))).isInstanceOf(TimeoutException.class);
        sender.answer(0);
        assertThat(sender.batches).containsExactly(List.of(1));
        assertThat(coalescer.waiting()).isZero();
    }

    @Test
    void batchesAreCappedAndSlotsAreUsedUpToTheLimit() {
        HeldSender sender = new HeldSender();
        Coalescer<Integer, String> coalescer = new Coalescer<>(sender::send, 3, 2);
        for (int i = 1; i <= 9; i++) {
            coalescer.call(i).subscribe().with(r -> {
            });
        }
        assertThat(sender.batches).containsExactly(List.of(1), List.of(2));
        sender.answer(0);
        assertThat(sender.batches).last().isEqualTo(List.of(3, 4, 5));
        sender.answer(1);
        assertThat(sender.batches).last().isEqualTo(List.of(6, 7, 8));
        sender.answer(2);
        assertThat(sender.batches).last().isEqualTo(List.of(9));
    }

    @Test
    void aFailedBatchFailsItsCallsOnlyAndTheNextBatchStillGoes() {
        AtomicInteger sent = new AtomicInteger();
        Coalescer<Integer, String> coalescer = new Coalescer<>(batch -> sent.incrementAndGet() == 1
                ? Uni.createFrom().failure(new IllegalStateException("down"))
                : Uni.createFrom().item(batch.stream().map(String::valueOf).toList()), 10, 1);

        assertThatThrownBy(() -> coalescer.call(1).await().atMost(Duration.ofSeconds(1)))
                .hasMessageContaining("down");
        assertThat(coalescer.call(2).await().atMost(Duration.ofSeconds(1))).isEqualTo("2");
    }

    @Test
    void aWrongCountOfResultsOrAThrowingSenderFailsTheCallsRatherThanMisanswerThem() {
        Coalescer<Integer, String> short1 = new Coalescer<>(batch -> Uni.createFrom().item(List.of()), 10, 1);
        assertThatThrownBy(() -> short1.call(1).await().atMost(Duration.ofSeconds(1)))
                .hasMessageContaining("got 0 results");

        Coalescer<Integer, String> throwing = new Coalescer<>(batch -> {
            throw new IllegalArgumentException("bad batch");
        }, 10, 1);
        assertThatThrownBy(() -> throwing.call(1).await().atMost(Duration.ofSeconds(1)))
                .hasMessageContaining("bad batch");
        // The slot came back: a later call is sent too, and fails the same way rather than hang.
        assertThatThrownBy(() -> throwing.call(2).await().atMost(Duration.ofSeconds(1)))
                .hasMessageContaining("bad batch");
    }

    @Test
    void callsFromManyThreadsAreEachAnsweredWithTheirOwnResult() throws Exception {
        Coalescer<Integer, String> coalescer = new Coalescer<>(batch -> Uni.createFrom()
                .item(batch.stream().map(i -> "r" + i).toList())
                .onItem().delayIt().by(Duration.ofMillis(2)), 16, 2);
        List<Thread> threads = new ArrayList<>();
        List<String> wrong = new CopyOnWriteArrayList<>();
        for (int t = 0; t < 8; t++) {
            int base = t * 1000;
            Thread thread = new Thread(() -> {
                for (int i = base; i < base + 50; i++) {
                    String r = coalescer.call(i).await().atMost(Duration.ofSeconds(5));
                    if (!r.equals("r" + i)) {
                        wrong.add(i + "->" + r);
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        assertThat(wrong).isEmpty();
        assertThat(coalescer.waiting()).isZero();
    }
}
