package org.hotspot.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * portal-web settings, {@code hotspot.portal.*} or their environment variables. The backends'
 * addresses are the suite's shared keys ({@code hotspot.auth-url}, {@code hotspot.voucher-service-url},
 * {@code hotspot.router-gateway-url}), which application.properties hands to the REST clients.
 */
@ConfigMapping(prefix = "hotspot.portal")
public interface PortalConfig {

    /**
     * The address phones open portal-web at, without a trailing slash: the router sends customers
     * back to {@code <public-url>/portal/online} after a login, so it must be reachable from the
     * hotspot (and be in the router's walled garden).
     */
    @WithDefault("http://127.0.0.1:8080")
    String publicUrl();

    /**
     * How long one call to a backend may take before it is tried again or the page says "try
     * again". The precheck itself waits at least voucher-service's floor (300 ms by default).
     */
    @WithDefault("PT3S")
    Duration callTimeout();

    /** How often a failed read from a backend is tried again (never the precheck: it counts attempts). */
    @WithDefault("1")
    int retries();

    /** How long browsers may keep an organization's logo and theme before asking again. */
    @WithDefault("PT10M")
    Duration brandMaxAge();
}
