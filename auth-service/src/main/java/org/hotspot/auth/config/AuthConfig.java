package org.hotspot.auth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** auth-service settings. Each key can be set as {@code hotspot.auth.*} or its environment variable. */
@ConfigMapping(prefix = "hotspot.auth")
public interface AuthConfig {

    /** Directory holding the RS256 signing key; a key is generated there at first start when none exists. In Kubernetes, a mounted Secret. */
    @WithDefault("${user.home}/.hotspot/auth-keys")
    Path keyDir();

    /** How long an access token is valid. */
    @WithDefault("PT10M")
    Duration accessTokenLifetime();

    /**
     * How recently an admin must have proved their password (a login, not a refresh) to create
     * operators or reset another operator's password or second factor.
     */
    @WithDefault("PT5M")
    Duration recentAuthentication();

    /** How long a refresh token is valid; each use replaces it with a new one. */
    @WithDefault("P14D")
    Duration refreshTokenLifetime();

    /** Login throttling (see {@code service/LoginThrottle}). */
    Login login();

    /** Device tokens: what lets a client that logged in before past the throttle of strangers. */
    Device device();

    /** {@code hotspot.auth.login.*} */
    interface Login {

        /** Failed logins one (username, client address) pair makes before each next try must wait. */
        @WithDefault("5")
        int freeFailures();

        /** The first wait; it doubles with each further failure of the pair. */
        @WithDefault("PT1S")
        Duration firstDelay();

        /** The longest wait between two tries of one pair. */
        @WithDefault("PT5M")
        Duration maxDelay();

        /** How long counts are kept; the ceilings below count within it. */
        @WithDefault("PT15M")
        Duration window();

        /**
         * Logins per username within the window, from all clients without its device token together.
         * Reaching it refuses the username to every new client, so it must sit far above anything a
         * person does (a few logins an hour, typos included) and above what a strangers' spray can
         * cheaply reach: 300 per 15 minutes makes locking a new browser out take some 20 addresses
         * at once (each (username, address) pair gets about 15 tries a window, slowed after 5), yet
         * still caps a distributed guess at under 30,000 a day, hopeless against the password policy.
         * Known clients (device token) skip it.
         */
        @WithDefault("300")
        int usernameLimit();

        /**
         * Logins per client address within the window, for all usernames together. One address may
         * be a whole office or a carrier NAT full of operators (shift changes log many in at once),
         * so 1000 per 15 minutes (about one a second, sustained): a room of staff never meets it,
         * while one address spraying many usernames is held to that.
         */
        @WithDefault("1000")
        int addressLimit();

        /** Logins of one account within the window that raise an alert. */
        @WithDefault("10")
        int alertThreshold();

        /** The same for PLATFORM_ADMIN and ORG_ADMIN accounts. */
        @WithDefault("3")
        int privilegedAlertThreshold();

        /** At most one alert per account in this interval, however long an attack goes on. */
        @WithDefault("PT10M")
        Duration alertInterval();
    }

    /** {@code hotspot.auth.device.*} */
    interface Device {

        /** HMAC key of device tokens, base64, at least 32 bytes; generated into the key directory when absent. */
        Optional<String> key();

        /** How long a device token is good for; every successful login issues a new one. */
        @WithDefault("P30D")
        Duration lifetime();

        /** Failed logins a device token's presenter makes within the login window before it must wait. */
        @WithDefault("5")
        int failureLimit();
    }

    /** How long audit events are kept before the retention sweep deletes them. */
    @WithDefault("P365D")
    Duration auditRetention();

    /** How often the audit retention sweep runs (read by {@code AuditRetention}'s schedule). */
    @WithDefault("1h")
    Duration auditSweepInterval();

    /**
     * The keyring sealing secrets at rest, {@code id:base64key[,id:base64key]} (32-byte AES keys);
     * when absent, one is generated into the key directory. Add a new key first and name it in
     * {@link #dataKeyId()} to rotate: values sealed with older keys still open.
     */
    Optional<String> dataKeys();

    /** The key of {@link #dataKeys()} new values are sealed with; the first one when absent. */
    Optional<String> dataKeyId();

    /**
     * The shortest time between two key rotations: longer than an access token lives, so the key
     * pushed out by a rotation signed no token that is still valid.
     */
    @WithDefault("PT11M")
    Duration minRotationInterval();

    /** How often a replica re-reads the key directory for a rotation another replica made. */
    @WithDefault("60s")
    Duration keyReloadInterval();
}
