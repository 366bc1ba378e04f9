package org.hotspot.common.security;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This service's copy of auth-service's revocation watermarks: per operator, the second before
 * which every access token of theirs is void (set by a disable, a logout, a password change or
 * reset, a second-factor reset). {@link RevocationFeed} keeps it current; {@link AccessTokenChecks}
 * consults it on every request.
 *
 * <p>A copy that has not been refreshed for longer than {@code hotspot.revocation.max-staleness}
 * is not trusted: a revocation made meanwhile would go unseen, so operator tokens are then refused
 * (fail closed) until auth-service answers again. Service tokens do not depend on it.
 */
@ApplicationScoped
public class RevokedOperators {

    private final Map<String, Long> notBefore = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> firstLoad = new CompletableFuture<>();
    private final Duration maxStaleness;
    private volatile long lastRefresh;

    @Inject
    RevokedOperators(RevocationConfig config) {
        this(config.maxStaleness());
    }

    public RevokedOperators(Duration maxStaleness) {
        this.maxStaleness = maxStaleness;
    }

    /** Whether a token of the operator issued at {@code issuedAt} (epoch seconds) is void. */
    public boolean revoked(String operatorId, long issuedAt) {
        Long watermark = operatorId == null ? null : notBefore.get(operatorId);
        return watermark != null && issuedAt < watermark;
    }

    /** Merges watermarks read from auth-service; a watermark only ever moves forward. */
    public void merge(Map<String, Long> watermarks) {
        watermarks.forEach((operator, second) -> notBefore.merge(operator, second, Math::max));
        lastRefresh = System.nanoTime();
        firstLoad.complete(null);
    }

    /**
     * Completes once the copy can be trusted: at once when it is fresh; right after start, when the
     * first list arrives, waiting at most the staleness bound; otherwise fails with a 503 problem.
     */
    public Uni<Void> trusted() {
        if (!firstLoad.isDone()) {
            return Uni.createFrom().completionStage(firstLoad)
                    .ifNoItem().after(maxStaleness).failWith(RevokedOperators::unavailable);
        }
        return stale() ? Uni.createFrom().failure(unavailable()) : Uni.createFrom().voidItem();
    }

    /** Seconds since the copy was last refreshed; -1 before the first list. */
    public double ageSeconds() {
        return firstLoad.isDone() ? (System.nanoTime() - lastRefresh) / 1e9 : -1;
    }

    boolean stale() {
        return !firstLoad.isDone() || System.nanoTime() - lastRefresh > maxStaleness.toNanos();
    }

    private static RuntimeException unavailable() {
        return new RevocationsUnavailable();
    }
}
