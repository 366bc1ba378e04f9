package org.hotspot.common.concurrent;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Calls made while earlier ones are on their way go out together as the next batch. A call that
 * finds a free slot goes at once, alone, so a quiet service adds no delay; under load, each round
 * trip carries every call that queued behind the ones in flight (the "natural batching" of a
 * DataLoader), which turns a thousand small round trips into a few dozen large ones.
 *
 * <p>The sender answers a batch with one result per call, in the same order; a failed batch, a
 * wrong count of results, or a sender that throws fails every call of that batch alike. Safe to
 * call from any thread; callers are completed on whichever thread the sender answers on.
 *
 * @param <I> what one call asks
 * @param <O> what one call is answered
 */
public final class Coalescer<I, O> {

    /** A call and its caller; {@code abandoned} once the caller stopped waiting (a timeout, a cancel). */
    private static final class Call<I, O> {
        private final I input;
        private final UniEmitter<? super O> emitter;
        private volatile boolean abandoned;

        Call(I input, UniEmitter<? super O> emitter) {
            this.input = input;
            this.emitter = emitter;
        }

        I input() {
            return input;
        }

        UniEmitter<? super O> emitter() {
            return emitter;
        }
    }

    private final Function<List<I>, Uni<List<O>>> sender;
    private final int maxBatch;
    private final int maxInFlight;
    private final ArrayDeque<Call<I, O>> queue = new ArrayDeque<>();
    private int inFlight;

    /**
     * @param sender sends one batch; its answer has one item per input, in order
     * @param maxBatch the most calls one batch carries
     * @param maxInFlight the most batches on their way at once; a call that finds all of them busy waits
     */
    public Coalescer(Function<List<I>, Uni<List<O>>> sender, int maxBatch, int maxInFlight) {
        if (maxBatch < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("maxBatch and maxInFlight must be at least 1");
        }
        this.sender = Objects.requireNonNull(sender);
        this.maxBatch = maxBatch;
        this.maxInFlight = maxInFlight;
    }

    /**
     * The answer to one call, sent alone or with others. A call whose caller stops waiting before it
     * is sent (its timeout fired) is never sent: under a rush, work nobody waits for any more would
     * only delay the calls still waited for.
     */
    public Uni<O> call(I input) {
        return Uni.createFrom().emitter(emitter -> {
            Call<I, O> call = new Call<>(input, emitter);
            emitter.onTermination(() -> call.abandoned = true);
            enqueue(call);
        });
    }

    /** Calls waiting for a free slot; for tests and metrics. */
    public synchronized int waiting() {
        return queue.size();
    }

    private void enqueue(Call<I, O> call) {
        synchronized (this) {
            queue.add(call);
        }
        drain();
    }

    private void drain() {
        while (true) {
            List<Call<I, O>> batch;
            synchronized (this) {
                if (inFlight >= maxInFlight || queue.isEmpty()) {
                    return;
                }
                batch = new ArrayList<>(Math.min(queue.size(), maxBatch));
                while (batch.size() < maxBatch && !queue.isEmpty()) {
                    Call<I, O> next = queue.poll();
                    if (!next.abandoned) {
                        batch.add(next);
                    }
                }
                if (batch.isEmpty()) {
                    continue;
                }
                inFlight++;
            }
            send(batch);
        }
    }

    private void send(List<Call<I, O>> batch) {
        Uni<List<O>> answer;
        try {
            answer = sender.apply(batch.stream().map(Call::input).toList());
        } catch (RuntimeException e) {
            answer = Uni.createFrom().failure(e);
        }
        answer.subscribe().with(results -> answered(batch, results), failure -> failed(batch, failure));
    }

    private void answered(List<Call<I, O>> batch, List<O> results) {
        if (results == null || results.size() != batch.size()) {
            failed(batch, new IllegalStateException("a batch of " + batch.size() + " calls got "
                    + (results == null ? "no" : String.valueOf(results.size())) + " results"));
            return;
        }
        released();
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).emitter().complete(results.get(i));
        }
    }

    private void failed(List<Call<I, O>> batch, Throwable failure) {
        released();
        for (Call<I, O> call : batch) {
            call.emitter().fail(failure);
        }
    }

    /** A slot is free again: whatever queued meanwhile goes out as the next batch. */
    private void released() {
        synchronized (this) {
            inFlight--;
        }
        drain();
    }
}
