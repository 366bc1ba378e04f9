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

    /**
     * How recently an admin must have proved their password (a login, not a refresh) to create
     * operators or reset another operator's password or second factor.
     */
    @WithDefault("PT5M")
    java.time.Duration recentAuthentication();

    /** How long a refresh token is valid; each use replaces it with a new one. */
    @WithDefault("P14D")
    java.time.Duration refreshTokenLifetime();

    /** Failed logins allowed per username, and per client address, within {@link #loginFailureWindow()}. */
    @WithDefault("5")
    int loginFailureLimit();

    /** The window failed logins are counted in; a throttled caller waits until it ends. */
    @WithDefault("PT5M")
    java.time.Duration loginFailureWindow();

    /** How long audit events are kept before the retention sweep deletes them. */
    @WithDefault("P365D")
    java.time.Duration auditRetention();

    /** How often the audit retention sweep runs (read by {@code AuditRetention}'s schedule). */
    @WithDefault("1h")
    java.time.Duration auditSweepInterval();

    /**
     * The keyring sealing secrets at rest, {@code id:base64key[,id:base64key]} (32-byte AES keys);
     * when absent, one is generated into the key directory. Add a new key first and name it in
     * {@link #dataKeyId()} to rotate: values sealed with older keys still open.
     */
    java.util.Optional<String> dataKeys();

    /** The key of {@link #dataKeys()} new values are sealed with; the first one when absent. */
    java.util.Optional<String> dataKeyId();

    /**
     * The shortest time between two key rotations: longer than an access token lives, so the key
     * pushed out by a rotation signed no token that is still valid.
     */
    @WithDefault("PT11M")
    java.time.Duration minRotationInterval();

    /** How often a replica re-reads the key directory for a rotation another replica made. */
    @WithDefault("60s")
    java.time.Duration keyReloadInterval();
}
