package org.hotspot.common.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Readiness waits for the warm-up's rounds, and only for them: a failing or endless warm-up never keeps a service out. */
class WarmUpRunnerTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void closeVertx() {
        vertx.close();
    }

    @Test
    void readinessIsDownUntilEveryRoundRan() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch begun = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        WarmUp held = warmUp("held", round -> Uni.createFrom().item(round)
                .invoke(begun::countDown)
                .invoke(() -> awaitQuietly(release))
                .invoke(ran::incrementAndGet)
                .replaceWithVoid());
        WarmUpRunner runner = new WarmUpRunner(List.of(held), vertx, registry, 50, 4, Duration.ofSeconds(30));

        runner.run();
        assertThat(begun.await(10, TimeUnit.SECONDS)).as("a round began").isTrue();
        assertThat(runner.call().getStatus()).isEqualTo(Status.DOWN);
        release.countDown();

        awaitUp(runner, Duration.ofSeconds(10));
        assertThat(ran).hasValue(50);
        assertThat(runner.call().getData().orElseThrow()).containsEntry("rounds", 50L);
        assertThat(registry.counter("hotspot.warm-up.rounds", "warm-up", "held", "result", "ok").count())
                .isEqualTo(50.0);
    }

    @Test
    void failingRoundsAreCountedAndReadinessStillComes() {
        WarmUp failing = warmUp("failing",
                round -> Uni.createFrom().failure(new IllegalStateException("voucher-service is not up")));
        WarmUpRunner runner = new WarmUpRunner(List.of(failing), vertx, registry, 10, 5, Duration.ofSeconds(30));

        runner.run();

        awaitUp(runner, Duration.ofSeconds(10));
        assertThat(registry.counter("hotspot.warm-up.rounds", "warm-up", "failing", "result", "failed").count())
                .isEqualTo(10.0);
    }

    @Test
    void aWarmUpThatNeverEndsIsCutAtItsMaximumTime() {
        WarmUp endless = warmUp("endless", round -> Uni.createFrom().nothing());
        WarmUpRunner runner = new WarmUpRunner(List.of(endless), vertx, registry, 10, 2, Duration.ofMillis(500));

        runner.run();

        awaitUp(runner, Duration.ofSeconds(5));
        assertThat(runner.call().getData().orElseThrow()).containsEntry("rounds", 0L);
    }

    @Test
    void withoutRoundsTheServiceIsReadyAtOnce() {
        WarmUpRunner runner =
                new WarmUpRunner(List.of(warmUp("none", round -> Uni.createFrom().voidItem())), vertx, registry, 0, 4,
                        Duration.ofSeconds(30));
        runner.run();
        assertThat(runner.call().getStatus()).isEqualTo(Status.UP);
    }

    private static WarmUp warmUp(String name, IntFunction<Uni<Void>> round) {
        return new WarmUp() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Uni<Void> round(int number) {
                return round.apply(number);
            }
        };
    }

    private static void awaitUp(WarmUpRunner runner, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(20)).until(() -> runner.call().getStatus() == Status.UP);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
