package org.hotspot.auth.service;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.config.AuthConfig;

/**
 * Counts login attempts per username and per client address in Redis, so every replica sees the
 * same counts. An attempt is counted before its password is checked: requests fired in parallel
 * cannot all slip in under the limit. Past the limit a caller is refused with 429 until the window
 * that started with its first attempt ends; a successful login takes its attempt back.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String PREFIX = "auth:login-attempts:";

    private final ReactiveValueCommands<String, Long> counters;
    private final ReactiveKeyCommands<String> keys;
    private final AuthConfig config;

    public LoginThrottle(ReactiveRedisDataSource redis, AuthConfig config) {
        this.counters = redis.value(Long.class);
        this.keys = redis.key();
        this.config = config;
    }

    /** Counts the attempt; fails with a 429 problem when the user or the address is over the limit. */
    public Uni<Void> admit(String username, String address) {
        return Uni.join().all(count(userKey(username)), count(addressKey(address))).andFailFast()
                // Without the counts no login may proceed unthrottled: refuse for now, plainly.
                .onFailure().transform(e -> AuthProblems.busy())
                .map(waits -> waits.stream().max(Duration::compareTo).orElse(Duration.ZERO))
                .chain(wait -> wait.isZero()
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(AuthProblems.throttled(wait)));
    }

    /** A successful login clears the user's count and takes its attempt back from the address. */
    public Uni<Void> recordSuccess(String username, String address) {
        return keys.del(userKey(username))
                .chain(() -> counters.decr(addressKey(address)))
                .replaceWithVoid();
    }

    /** Increments the key; how long its caller must wait, or zero when within the limit. */
    private Uni<Duration> count(String key) {
        return counters.incr(key)
                .chain(count -> keys.pttl(key)
                        .chain(ttl -> ttl < 0
                                // First attempt of a window, or a counter that lost its expiry: (re)start the window.
                                ? keys.pexpire(key, config.loginFailureWindow()).replaceWith(config.loginFailureWindow())
                                : Uni.createFrom().item(Duration.ofMillis(ttl)))
                        .map(remaining -> count > config.loginFailureLimit() ? atLeastASecond(remaining) : Duration.ZERO));
    }

    private static Duration atLeastASecond(Duration wait) {
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }

    private static String userKey(String username) {
        return PREFIX + "user:" + username;
    }

    private static String addressKey(String address) {
        return PREFIX + "address:" + address;
    }
}
