package org.hotspot.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Access tokens as auth-service issues them and every service checks them ({@code hotspot.jwt.*}, one
 * value for all services). smallrye-jwt reads the issuer and the audience through
 * {@code mp.jwt.verify.*}, which common's {@code microprofile-config.properties} sets to these keys.
 */
@ConfigMapping(prefix = "hotspot.jwt")
public interface JwtConfig {

    /** The issuer auth-service writes into access tokens; a token naming any other is refused. */
    @WithDefault("hotspot-auth")
    String issuer();

    /** The audience auth-service writes into access tokens; a token for any other is refused. */
    @WithDefault("hotspot")
    String audience();

    /**
     * How long auth-service's access tokens live (its {@code hotspot.auth.access-token-lifetime} takes
     * this value): a token whose {@code exp} is more than this plus {@link #clockSkew()} after its
     * {@code iat} is refused everywhere ({@link AccessTokenChecks}).
     */
    @WithDefault("PT10M")
    Duration lifetime();

    /** The clock difference tolerated between services, for a token's issue time and its age. */
    @WithDefault("PT60S")
    Duration clockSkew();
}
