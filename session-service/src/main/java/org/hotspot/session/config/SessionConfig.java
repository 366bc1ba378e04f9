package org.hotspot.session.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** session-service settings. Each key can be set as {@code hotspot.session.*} or its environment variable. */
@ConfigMapping(prefix = "hotspot.session")
public interface SessionConfig {

    /** A session with no accounting update for this many interim intervals is closed as stale. */
    @WithDefault("3")
    int staleAfterIntervals();

    /** How long raw usage samples are kept; roll-ups stay. */
    @WithDefault("P30D")
    Duration sampleRetention();

    /** How often raw usage samples older than {@link #sampleRetention()} are deleted. */
    @WithDefault("1h")
    String sampleSweepInterval();

    /** The longest range one hourly usage query may span: hourly points of a longer one are too many to draw. */
    @WithDefault("P31D")
    Duration usageHourlyRangeMax();

    /** The longest range one daily usage query may span. */
    @WithDefault("P366D")
    Duration usageDailyRangeMax();

    /** How far back a latest-usage query looks by default: a key silent for longer has no latest value. */
    @WithDefault("P7D")
    Duration usageLatestWindow();

    /** The Acct-Interim-Interval routers are given (voucher-service's {@code interim-interval}); staleness is counted in it. */
    @WithDefault("PT5M")
    Duration interimInterval();

    /** How often silent sessions are looked for (a scheduler expression such as {@code 60s}). */
    @WithDefault("60s")
    String staleSweepInterval();
}
