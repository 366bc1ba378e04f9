package org.hotspot.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How each service keeps up with auth-service's revocations (a disable, a logout, a password change):
 * {@link RevocationFeed} asks, {@link RevokedOperators} holds the answers. Service tokens do not depend on it.
 */
@ConfigMapping(prefix = "hotspot.revocation")
public interface RevocationConfig {

    /** How often auth-service is asked what was revoked since its previous answer. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /**
     * How long without an answer from auth-service operator tokens are still admitted; past it they are
     * refused with a 503 until it answers again, so a revocation made meanwhile never goes unseen.
     */
    @WithDefault("PT30S")
    Duration maxStaleness();
}
