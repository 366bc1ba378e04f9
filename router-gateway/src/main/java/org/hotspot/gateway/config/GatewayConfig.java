package org.hotspot.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** router-gateway settings. Each key can be set as {@code hotspot.gateway.*} or its environment variable. */
@ConfigMapping(prefix = "hotspot.gateway")
public interface GatewayConfig {

    /** Address the RADIUS server binds to. */
    @WithDefault("0.0.0.0")
    String radiusBindAddress();

    /** UDP port of RADIUS authentication. */
    @WithDefault("1812")
    int radiusAuthPort();

    /** UDP port of RADIUS accounting. */
    @WithDefault("1813")
    int radiusAcctPort();
}
