package org.hotspot.common.warmup;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Runs every {@link WarmUp} of the service at start and holds readiness DOWN until they are done: a
 * fresh JVM runs its hot paths interpreted, and on a small container the JIT compiling them takes
 * the CPU the first requests needed (first logins after a restart ran at 33 a second, some left
 * unanswered; bench/radius/RESULTS.md). Kubernetes and the launcher send traffic only once ready.
 *
 * <p>A warm-up whose rounds fail (a service it calls is not up yet) waits between rounds rather than
 * spin; the whole is bounded by {@link WarmUpConfig#maxTime()}, after which the service says ready
 * anyway: a service half warm serves better than one that never admits traffic.
 */
@Readiness
@ApplicationScoped
public class WarmUpRunner implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(WarmUpRunner.class);
    private static final Duration AFTER_FAILURE = Duration.ofMillis(200);

    private final List<WarmUp> warmUps;
    private final int rounds;
    private final int concurrency;
    private final Duration maxTime;
    private final Vertx vertx;
    private final MeterRegistry registry;
    private final AtomicInteger done = new AtomicInteger();
    private volatile boolean finished;

    @Inject
    WarmUpRunner(@Any Instance<WarmUp> warmUps, Vertx vertx, MeterRegistry registry, WarmUpConfig config) {
        this(warmUps.stream().toList(), vertx, registry, config.rounds(), config.concurrency(), config.maxTime());
    }

    WarmUpRunner(List<WarmUp> warmUps, Vertx vertx, MeterRegistry registry, int rounds, int concurrency,
            Duration maxTime) {
        this.warmUps = List.copyOf(warmUps);
        this.vertx = vertx;
        this.registry = registry;
        this.rounds = Math.max(0, rounds);
        this.concurrency = Math.max(1, concurrency);
        this.maxTime = maxTime;
    }

    void onStart(@Observes StartupEvent start) {
        run();
    }

    /** Starts the rounds; readiness stays DOWN until they end. */
    void run() {
        if (warmUps.isEmpty() || rounds == 0) {
            finished = true;
            return;
        }
        long began = System.nanoTime();
        Multi.createFrom().iterable(warmUps)
                .onItem().transformToUniAndConcatenate(this::warm)
                .collect().last()
                .ifNoItem().after(maxTime).recoverWithItem(() -> null)
                .runSubscriptionOn(Infrastructure.getDefaultExecutor())
                .subscribe().with(
                        ignored -> finish(began),
                        failure -> {
                            LOG.warnf("Warm-up stopped: %s", failure.toString());
                            finish(began);
                        });
    }

    private Uni<Void> warm(WarmUp warmUp) {
        Counter ok = registry.counter("hotspot.warm-up.rounds", "warm-up", warmUp.name(), "result", "ok");
        Counter failed = registry.counter("hotspot.warm-up.rounds", "warm-up", warmUp.name(), "result", "failed");
        return Multi.createFrom().range(0, rounds)
                .onItem().transformToUni(round -> onOwnContext(() -> warmUp.round(round))
                        .onItem().invoke(() -> ok.increment())
                        .onFailure().invoke(e -> {
                            if (failed.count() == 0) {
                                LOG.infof("Warm-up %s: a round failed (%s); going on, more slowly", warmUp.name(),
                                        e.toString());
                            }
                            failed.increment();
                        })
                        .onFailure()
                        .recoverWithUni(() -> Uni.createFrom().voidItem().onItem().delayIt().by(AFTER_FAILURE))
                        .invoke(done::incrementAndGet))
                .merge(concurrency)
                .collect().last()
                .replaceWithVoid();
    }

    /**
     * A round on a duplicated Vert.x context of its own, as a request runs: the reactive clients keep
     * request-scoped state there and refuse to run on the event loop's root context.
     */
    private Uni<Void> onOwnContext(Supplier<Uni<? extends Void>> round) {
        return Uni.createFrom().emitter(emitter -> {
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            context.runOnContext(ignored -> Uni.createFrom().deferred(round)
                    .subscribe().with(emitter::complete, emitter::fail));
        });
    }

    private void finish(long began) {
        finished = true;
        LOG.infof("Warm-up done: %d rounds of %s in %d ms", done.get(), warmUps.stream().map(WarmUp::name).toList(),
                Duration.ofNanos(System.nanoTime() - began).toMillis());
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("warm-up")
                .status(finished)
                .withData("rounds", done.get())
                .withData("of", (long) rounds * warmUps.size())
                .build();
    }
}
