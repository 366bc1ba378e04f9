package org.hotspot.auth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** auth-service settings. Each key can be set as {@code hotspot.auth.*} or its environment variable. */
@ConfigMapping(prefix = "hotspot.auth")
public interface AuthConfig {

    /** Directory holding the RS256 signing key; a key is generated there at first start when none exists. In Kubernetes, a mounted Secret. */
    @WithDefault("${user.home}/.hotspot/auth-keys")
    java.nio.file.Path keyDir();

    /** How long an access token is valid. */
    @WithDefault("PT10M")
    java.time.Duration accessTokenLifetime();
}
