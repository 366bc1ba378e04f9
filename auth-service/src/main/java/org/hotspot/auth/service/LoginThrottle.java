package org.hotspot.auth.service;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.config.AuthConfig;

/**
 * Throttles logins in Redis, so every replica sees the same counts, without letting strangers lock
 * anyone out. A client without a device token is slowed per (username, client address): a few
 * failures are free, then each next try waits twice as long as the one before, up to a cap. Much
 * higher ceilings per username and per address, counted over a window, stop attacks spread over
 * many addresses or many usernames. A client presenting its device token for the username (it
 * logged in before) skips all of these and is held to a small budget of its own instead.
 *
 * <p>An attempt is counted before its password is checked, in one script, so requests fired in
 * parallel cannot all slip in; a refused attempt counts nowhere, so hammering a closed door does
 * not spend an office's budget. The right password takes its attempt back.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String PREFIX = "auth:login-attempts:";

    /** KEYS pair, pair wait, username, address; ARGV free failures, first delay, max delay, window, limits. */
    private static final String ADMIT_UNKNOWN = """
            local prior = tonumber(redis.call('GET', KEYS[1]) or '0')
            if prior >= tonumber(ARGV[1]) then
              local wait = redis.call('PTTL', KEYS[2])
              if wait > 0 then return wait end
            end
            for i = 3, 4 do
              if tonumber(redis.call('GET', KEYS[i]) or '0') >= tonumber(ARGV[i + 2]) then
                local wait = redis.call('PTTL', KEYS[i])
                if wait > 0 then return wait end
                redis.call('DEL', KEYS[i])
              end
            end
            local attempt = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            if attempt >= tonumber(ARGV[1]) then
              local delay = math.min(tonumber(ARGV[2]) * 2 ^ (attempt - tonumber(ARGV[1])), tonumber(ARGV[3]))
              redis.call('SET', KEYS[2], '1', 'PX', math.floor(delay))
            end
            for i = 3, 4 do
              redis.call('INCR', KEYS[i])
              if redis.call('PTTL', KEYS[i]) < 0 then redis.call('PEXPIRE', KEYS[i], ARGV[4]) end
            end
            return 0
            """;

    /** KEYS the device's count; ARGV its limit, the window. */
    private static final String ADMIT_KNOWN = """
            if tonumber(redis.call('GET', KEYS[1]) or '0') >= tonumber(ARGV[1]) then
              local wait = redis.call('PTTL', KEYS[1])
              if wait > 0 then return wait end
              redis.call('DEL', KEYS[1])
            end
            redis.call('INCR', KEYS[1])
            if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return 0
            """;

    /** Deletes the first ARGV[1] keys, takes one attempt back from the others. */
    private static final String SUCCEEDED = """
            for i, key in ipairs(KEYS) do
              if i <= tonumber(ARGV[1]) then
                redis.call('DEL', key)
              elseif tonumber(redis.call('GET', key) or '0') > 0 then
                redis.call('DECR', key)
              end
            end
            return 0
            """;

    /** Who is logging in: the address, and the device id when it presented a valid device token. */
    public record Client(String address, String device) {

        public boolean known() {
            return device != null;
        }
    }

    private final ReactiveRedisDataSource redis;
    private final AuthConfig.Login config;
    private final AuthConfig.Device devices;

    public LoginThrottle(ReactiveRedisDataSource redis, AuthConfig config) {
        this.redis = redis;
        this.config = config.login();
        this.devices = config.device();
    }

    /** Counts the attempt; fails with a 429 problem when the client must wait first. */
    public Uni<Void> admit(String username, Client client) {
        Uni<Long> wait = client.known()
                ? eval(ADMIT_KNOWN, List.of(deviceKey(client)),
                        devices.failureLimit(), config.window().toMillis())
                : eval(ADMIT_UNKNOWN, List.of(pairKey(username, client), pairWaitKey(username, client),
                        userKey(username), addressKey(client)),
                        config.freeFailures(), config.firstDelay().toMillis(), config.maxDelay().toMillis(),
                        config.window().toMillis(), config.usernameLimit(), config.addressLimit());
        return wait
                // Without the counts no login may proceed unthrottled: refuse for now, plainly.
                .onFailure().transform(e -> AuthProblems.busy())
                .chain(LoginThrottle::admitted);
    }

    /** The right password: the pair and the device start afresh, the ceilings take the attempt back. */
    public Uni<Void> recordSuccess(String username, Client client) {
        Uni<Long> done = client.known()
                ? eval(SUCCEEDED, List.of(deviceKey(client)), 1)
                : eval(SUCCEEDED, List.of(pairKey(username, client), pairWaitKey(username, client),
                        userKey(username), addressKey(client)), 2);
        return done.replaceWithVoid();
    }

    /** Attempts on the username from clients without its device token, in the current window. */
    public Uni<Long> recentAttempts(String username) {
        return redis.execute("GET", userKey(username))
                .map(count -> count == null ? 0L : count.toLong());
    }

    private static Uni<Void> admitted(long waitMillis) {
        return waitMillis <= 0
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(AuthProblems.throttled(Duration.ofMillis(waitMillis)));
    }

    private Uni<Long> eval(String script, List<String> keys, Object... args) {
        List<String> command = new ArrayList<>();
        command.add(script);
        command.add(Integer.toString(keys.size()));
        command.addAll(keys);
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        return redis.execute("EVAL", command.toArray(String[]::new))
                .map(reply -> reply.toLong());
    }

    private static String pairKey(String username, Client client) {
        return PREFIX + "pair:" + client.address() + "|" + username;
    }

    private static String pairWaitKey(String username, Client client) {
        return PREFIX + "pair-wait:" + client.address() + "|" + username;
    }

    private static String userKey(String username) {
        return PREFIX + "user:" + username;
    }

    private static String addressKey(Client client) {
        return PREFIX + "address:" + client.address();
    }

    private static String deviceKey(Client client) {
        return PREFIX + "device:" + client.device();
    }
}
