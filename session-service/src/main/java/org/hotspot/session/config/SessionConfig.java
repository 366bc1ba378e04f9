package org.hotspot.session.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** session-service settings. Each key can be set as {@code hotspot.session.*} or its environment variable. */
@ConfigMapping(prefix = "hotspot.session")
public interface SessionConfig {

    /** A session with no accounting update for this many interim intervals is closed as stale. */
    @WithDefault("3")
    int staleAfterIntervals();

    /** How long raw usage samples are kept; roll-ups stay. */
    @WithDefault("P30D")
    java.time.Duration sampleRetention();
}
