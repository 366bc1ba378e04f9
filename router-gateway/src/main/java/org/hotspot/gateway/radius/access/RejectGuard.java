package org.hotspot.gateway.radius.access;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hotspot.common.guessing.GuessingBudgets;
import org.hotspot.events.voucher.RejectReason;
import org.hotspot.events.voucher.VoucherProjection;
import org.hotspot.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Guessing voucher codes through the routers. Rejects are counted in Redis, shared by every gateway
 * replica, against four budgets, each of which, once spent, puts its scope in a cool-down:
 * <ul>
 * <li>the device (Calling-Station-Id), every reject: past {@link GatewayConfig.BruteForce#bruteForceThreshold()}
 * within {@link GatewayConfig.BruteForce#bruteForceWindow()} it cools down for
 * {@link GatewayConfig.BruteForce#bruteForceCooldown()};
 * <li>the router, unknown codes from any device, so that changing MAC at every try gains nothing
 * ({@link GuessingBudgets#routerBudget()});
 * <li>the router's requests without a Calling-Station-Id, which have no device to count: their own
 * budget ({@link GuessingBudgets#anonymousBudget()});
 * <li>the organization, unknown codes through any of its routers ({@link GuessingBudgets#organizationBudget()}).
 * </ul>
 * The last three cool down until their {@link GuessingBudgets#window()} ends, so no organization
 * has more than its budget of unknown codes looked up per window: the rate voucher-service's guessing
 * estimate is shown at. The cool-down keys are read together with the voucher's entry
 * ({@link VoucherDecisions#read}), and a login in a cool-down is refused without a decision unless its
 * device was accepted with that very code before ({@link #refuses}).
 *
 * <p>What a guesser learns in a cool-down is only whether the code is one the MAC it claims was
 * accepted with: spoofing a customer's MAC keeps nobody out (the customer's own code still logs in),
 * and searching the whole code space for that one customer's code takes far longer than the
 * estimate. The price is paid by a customer with a new code at a router (or organization) over its
 * budget: refused until the window ends. Checking a valid code first would serve them, and answer the
 * guesser just as well, which is what the budget is there to stop. Customers already online stay
 * online, and the alert ({@code hotspot.gateway.guessing.budget-exceeded} by router and organization,
 * never a code or a MAC) tells the operator where to look.
 *
 * <p>Counting is best effort: with Redis down nobody is refused (logins go on; the lookup still
 * decides), and the failure is counted.
 */
@ApplicationScoped
public class RejectGuard {

    private static final Logger LOG = Logger.getLogger(RejectGuard.class);
    private static final String PREFIX = "hotspot:v1:radius:";

    /** What a budget of unknown codes is counted per: a router, its requests without a MAC, an organization. */
    enum Scope {
        ROUTER("router"), ANONYMOUS("anonymous"), ORGANIZATION("organization");

        final String word;

        Scope(String word) {
            this.word = word;
        }
    }

    private final ReactiveValueCommands<String, Long> counters;
    private final ReactiveKeyCommands<String> keys;
    private final GatewayConfig.BruteForce config;
    private final GuessingBudgets budgets;
    private final MeterRegistry registry;
    private final Map<String, String> routerKeys = new ConcurrentHashMap<>();
    private final Map<String, String> organizationKeys = new ConcurrentHashMap<>();

    public RejectGuard(ReactiveRedisDataSource redis, GatewayConfig config, GuessingBudgets budgets,
            MeterRegistry registry) {
        this.counters = redis.value(Long.class);
        this.keys = redis.key();
        this.config = config.bruteForce();
        this.budgets = budgets;
        this.registry = registry;
        // Fails start on a window the estimate cannot be computed for, rather than the first reject.
        budgets.guessesPerSecond();
    }

    /** The cool-downs a login at the router is refused under, to be read with the voucher's entry. */
    public List<String> coolDownKeys(String organizationId, String routerId, String mac) {
        // Every login asks: the router's and organization's keys are made once, not per login.
        return List.of(mac == null ? blockKey(Scope.ANONYMOUS, routerId) : blockKey(organizationId, mac),
                routerKeys.computeIfAbsent(routerId, id -> blockKey(Scope.ROUTER, id)),
                organizationKeys.computeIfAbsent(organizationId, id -> blockKey(Scope.ORGANIZATION, id)));
    }

    /**
     * Whether the login is refused without a decision: it is in a cool-down, and its device was not
     * accepted with this code before (a voucher's entry lists the devices it bound and granted).
     */
    public boolean refuses(Login login, String mac) {
        return login.blocked() && !acceptedBefore(login.voucher(), mac);
    }

    private static boolean acceptedBefore(VoucherProjection voucher, String mac) {
        if (voucher == null || mac == null) {
            return false;
        }
        return voucher.boundMacs().contains(mac) || voucher.devices().stream().anyMatch(d -> mac.equals(d.mac()));
    }

    /**
     * Counts a reject against the device, and an unknown code against the router (its requests
     * without a MAC when it has none) and the organization; starts each cool-down whose budget is spent.
     */
    public Uni<Void> rejected(String organizationId, String routerId, String mac, RejectReason reason) {
        List<Uni<Void>> counts = new ArrayList<>(3);
        if (mac != null) {
            counts.add(device(organizationId, mac));
        }
        if (reason == RejectReason.UNKNOWN) {
            counts.add(spend(Scope.ROUTER, organizationId, routerId));
            counts.add(spend(Scope.ORGANIZATION, organizationId, routerId));
            if (mac == null) {
                counts.add(spend(Scope.ANONYMOUS, organizationId, routerId));
            }
        }
        if (counts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(counts).andCollectFailures()
                .replaceWithVoid()
                .onFailure().invoke(e -> registry.counter("hotspot.gateway.guard.errors").increment())
                .onFailure().recoverWithNull();
    }

    private Uni<Void> device(String organizationId, String mac) {
        return count(PREFIX + "rejects:mac:" + organizationId + ":" + mac, config.bruteForceWindow())
                .chain(count -> count >= config.bruteForceThreshold()
                        ? counters
                                .set(blockKey(organizationId, mac), count,
                                        new SetArgs().ex(config.bruteForceCooldown()))
                                .invoke(() -> registry.counter("hotspot.gateway.guard.blocked").increment())
                        : Uni.createFrom().voidItem());
    }

    private Uni<Void> spend(Scope scope, String organizationId, String routerId) {
        String counter =
                PREFIX + "rejects:" + scope.word + ":" + (scope == Scope.ORGANIZATION ? organizationId : routerId);
        int budget = budget(scope);
        return count(counter, budgets.window())
                .chain(count -> count < budget ? Uni.createFrom().voidItem()
                        : coolDown(scope, organizationId, routerId, counter)
                                .invoke(() -> alertOnce(scope, organizationId, routerId, count == budget)));
    }

    /** The scope's cool-down, until its counter's window ends; a counter left without one gets it here. */
    private Uni<Void> coolDown(Scope scope, String organizationId, String routerId, String counter) {
        String block = blockKey(scope, scope == Scope.ORGANIZATION ? organizationId : routerId);
        return keys.pttl(counter)
                .chain(left -> left > 0 ? Uni.createFrom().item(left)
                        : keys.expire(counter, budgets.window()).replaceWith(budgets.window().toMillis()))
                .chain(left -> counters.set(block, 1L, new SetArgs().px(left)));
    }

    private void alertOnce(Scope scope, String organizationId, String routerId, boolean first) {
        if (!first) {
            return;
        }
        String router = scope == Scope.ORGANIZATION ? "any" : routerId;
        registry.counter("hotspot.gateway.guessing.budget-exceeded",
                "scope", scope.word, "organization", organizationId, "router", router).increment();
        LOG.warnf("Voucher guessing: the %s budget of %d unknown codes per %s is spent at %s; new codes there"
                + " are refused until the window ends", scope.word, budget(scope), budgets.window(),
                scope == Scope.ORGANIZATION ? "organization " + organizationId
                        : "router " + routerId + " of organization " + organizationId);
    }

    private int budget(Scope scope) {
        return switch (scope) {
            case ROUTER -> budgets.routerBudget();
            case ANONYMOUS -> budgets.anonymousBudget();
            case ORGANIZATION -> budgets.organizationBudget();
        };
    }

    /** INCR, with the window set on the first reject of a window. */
    private Uni<Long> count(String key, Duration window) {
        return counters.incr(key)
                .call(count -> count == 1 ? keys.expire(key, window) : Uni.createFrom().voidItem());
    }

    /** Present while the device cools down. */
    static String blockKey(String organizationId, String mac) {
        return PREFIX + "blocked:" + organizationId + ":" + mac;
    }

    /** Present while the router, its requests without a MAC, or the organization cools down. */
    private static String blockKey(Scope scope, String id) {
        return PREFIX + "blocked:" + scope.word + ":" + id;
    }
}
