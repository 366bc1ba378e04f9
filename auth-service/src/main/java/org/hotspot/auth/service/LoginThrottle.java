package org.hotspot.auth.service;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.config.AuthConfig;

/**
 * Counts failed logins per username and per client address in Redis, so every replica sees the
 * same counts. Past the limit a caller is refused with 429 until the window that started with its
 * first failure ends; no password is checked meanwhile.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String PREFIX = "auth:login-failures:";

    private final ReactiveValueCommands<String, Long> counters;
    private final ReactiveKeyCommands<String> keys;
    private final AuthConfig config;

    public LoginThrottle(ReactiveRedisDataSource redis, AuthConfig config) {
        this.counters = redis.value(Long.class);
        this.keys = redis.key();
        this.config = config;
    }

    /** Fails with a 429 problem when the user or the address is over the limit. */
    public Uni<Void> check(String username, String address) {
        return Uni.join().all(overLimitFor(userKey(username)), overLimitFor(addressKey(address))).andFailFast()
                .map(waits -> waits.stream().max(Duration::compareTo).orElse(Duration.ZERO))
                .invoke(wait -> {
                    if (!wait.isZero()) {
                        throw AuthProblems.throttled(wait);
                    }
                })
                .replaceWithVoid();
    }

    public Uni<Void> recordFailure(String username, String address) {
        return Uni.join().all(increment(userKey(username)), increment(addressKey(address))).andFailFast()
                .replaceWithVoid();
    }

    /** A successful login clears the user's count; the address keeps its own. */
    public Uni<Void> recordSuccess(String username) {
        return keys.del(userKey(username)).replaceWithVoid();
    }

    /** How long the key's caller must wait, or zero when under the limit. */
    private Uni<Duration> overLimitFor(String key) {
        return counters.get(key)
                .chain(count -> count == null || count < config.loginFailureLimit()
                        ? Uni.createFrom().item(Duration.ZERO)
                        : keys.pttl(key).map(ms -> Duration.ofMillis(Math.max(ms, 1000))));
    }

    private Uni<Void> increment(String key) {
        // The window starts with the first failure: create the counter with its expiry, then count.
        return counters.set(key, 0L, new SetArgs().nx().px(config.loginFailureWindow()))
                .chain(() -> counters.incr(key))
                .replaceWithVoid();
    }

    private static String userKey(String username) {
        return PREFIX + "user:" + username;
    }

    private static String addressKey(String address) {
        return PREFIX + "address:" + address;
    }
}
