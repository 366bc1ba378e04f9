package org.hotspot.voucher.service;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hotspot.voucher.VoucherProblems;
import org.hotspot.voucher.config.VoucherConfig;

/**
 * Limits the portal's prechecks in Redis, so every replica sees the same counts: per device (MAC)
 * and per client address, each within one organization (hotspots of different organizations hand
 * out the same private addresses). Without it the precheck would be an oracle for guessing codes
 * faster than the router's login allows.
 *
 * <p>The counts are checked and raised in one script, so prechecks fired in parallel cannot all slip
 * in; a refused precheck counts nowhere, so hammering a closed door does not extend the wait.
 */
@ApplicationScoped
public class PrecheckThrottle {

    private static final String PREFIX = "voucher:precheck:";

    /** KEYS the counts; ARGV each count's limit, in order, then the window in milliseconds. */
    private static final String ADMIT = """
            for i = 1, #KEYS do
              if tonumber(redis.call('GET', KEYS[i]) or '0') >= tonumber(ARGV[i]) then
                local wait = redis.call('PTTL', KEYS[i])
                if wait > 0 then return wait end
                redis.call('DEL', KEYS[i])
              end
            end
            for i = 1, #KEYS do
              redis.call('INCR', KEYS[i])
              if redis.call('PTTL', KEYS[i]) < 0 then redis.call('PEXPIRE', KEYS[i], ARGV[#KEYS + 1]) end
            end
            return 0
            """;

    private final ReactiveRedisDataSource redis;
    private final VoucherConfig.Precheck config;

    public PrecheckThrottle(ReactiveRedisDataSource redis, VoucherConfig config) {
        this.redis = redis;
        this.config = config.precheck();
    }

    /**
     * Counts the precheck; fails with a 429 problem when the device or the address is over its limit,
     * and with a 503 when Redis cannot count it.
     *
     * @param mac the device's MAC as the router gave it, or null when the portal has none
     */
    public Uni<Void> admit(String organizationId, String mac, String clientAddress) {
        List<String> command = new ArrayList<>(List.of(ADMIT));
        List<String> limits = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        keys.add(PREFIX + "address:" + organizationId + "|" + clientAddress);
        limits.add(Integer.toString(config.addressLimit()));
        if (mac != null) {
            // One device however the MAC is written: AA-BB-.. and aa:bb:.. count together.
            keys.add(PREFIX + "mac:" + organizationId + "|" + mac.toUpperCase(Locale.ROOT).replace('-', ':'));
            limits.add(Integer.toString(config.macLimit()));
        }
        command.add(Integer.toString(keys.size()));
        command.addAll(keys);
        command.addAll(limits);
        command.add(Long.toString(config.window().toMillis()));
        return redis.execute("EVAL", command.toArray(String[]::new))
                .map(reply -> reply.toLong())
                .onFailure().transform(e -> VoucherProblems.precheckUnavailable())
                .chain(PrecheckThrottle::admitted);
    }

    private static Uni<Void> admitted(long waitMillis) {
        return waitMillis <= 0
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(VoucherProblems.tooManyAttempts(Duration.ofMillis(waitMillis)));
    }
}
