package org.hotspot.portal.dashboard.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The dashboard's browser session and {@code /api} proxy, {@code hotspot.dashboard.*} or their environment variables. */
@ConfigMapping(prefix = "hotspot.dashboard")
public interface DashboardConfig {

    /**
     * Whether the session cookie is {@code Secure} (and so named {@code __Host-hotspot}). Only a
     * developer serving the dashboard over plain HTTP to another machine turns it off: browsers keep
     * Secure cookies from {@code http://127.0.0.1} and {@code http://localhost} too.
     */
    @WithDefault("true")
    boolean cookieSecure();

    /** A session unused this long ends; every request starts the time again. */
    @WithDefault("PT30M")
    Duration idleTimeout();

    /** A session ends this long after its sign-in, however busy. */
    @WithDefault("PT12H")
    Duration absoluteLifetime();

    /** The access token is refreshed when it has less than this left. */
    @WithDefault("PT60S")
    Duration refreshAhead();

    /** How long a sign-in waiting for its second step (the code, the enrolment) is kept. */
    @WithDefault("PT5M")
    Duration signInTimeout();

    /**
     * The keyring sealing session records in Redis, {@code id:base64key[,id:base64key...]}, the first
     * sealing (production: from a Secret, the same for every replica). When unset, a key generated
     * at first start in {@link #keyDir()}.
     */
    Optional<String> sessionKeys();

    /** Where keys not given above are generated at first start and kept. */
    @WithDefault("${user.home}/.hotspot/portal-keys")
    Path keyDir();

    /** How long one proxied {@code /api} call may take, start to end. */
    @WithDefault("PT30S")
    Duration proxyTimeout();

    /** The largest request body the {@code /api} proxy passes on (a batch's CSV export comes the other way). */
    @WithDefault("10485760")
    long proxyMaxBody();
}
