package org.hotspot.common.warmup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How hard {@link WarmUpRunner} warms a service's hot paths at start, before readiness says UP. */
@ConfigMapping(prefix = "hotspot.warm-up")
public interface WarmUpConfig {

    /** Rounds of each warm-up; 0 warms nothing and the service is ready at once. */
    @WithDefault("4000")
    int rounds();

    /** Rounds of one warm-up running at a time. */
    @WithDefault("8")
    int concurrency();

    /** The longest the warm-up may hold readiness DOWN; past it the service says ready anyway. */
    @WithDefault("PT90S")
    Duration maxTime();
}
