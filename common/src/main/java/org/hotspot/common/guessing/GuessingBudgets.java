package org.hotspot.common.guessing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How many unknown voucher codes may be tried, within {@link #window()}, before further attempts are
 * refused without a lookup until the window ends. router-gateway enforces these budgets; voucher-service
 * shows operators the guessing estimate at the rate they allow. Both read them under these names
 * ({@code hotspot.guessing.*}, in Kubernetes from the shared {@code hotspot-config} ConfigMap), so the
 * figure an operator sees is the rate actually enforced.
 */
@ConfigMapping(prefix = "hotspot.guessing")
public interface GuessingBudgets {

    /**
     * Unknown codes tried through one router within the window: what a guesser who changes their MAC
     * at every try gets from one hotspot. A busy hotspot's typos stay well under it.
     */
    @WithDefault("60")
    @Min(1)
    int routerBudget();

    /**
     * Unknown codes tried through all the routers of one organization within the window: the ceiling
     * of a guesser using every hotspot at once, and so the rate of the guessing estimate.
     */
    @WithDefault("600")
    @Min(1)
    int organizationBudget();

    /**
     * Unknown codes tried through one router without a Calling-Station-Id within the window: such a
     * request has no device to be throttled by, and MikroTik hotspots always send one.
     */
    @WithDefault("10")
    @Min(1)
    int anonymousBudget();

    /** The fixed window the budgets are counted in; once spent, a budget is refused until its window ends. */
    @WithDefault("PT10M")
    Duration window();

    /**
     * The most unknown codes an attacker can have looked up per second across an organization,
     * sustained: the organization's budget per window.
     *
     * @throws IllegalStateException for a window shorter than a second
     */
    default double guessesPerSecond() {
        if (window().compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalStateException("hotspot.guessing.window must be at least a second, was " + window());
        }
        return organizationBudget() / (window().toMillis() / 1000.0);
    }
}
