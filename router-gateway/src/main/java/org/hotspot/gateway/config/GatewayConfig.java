package org.hotspot.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * router-gateway settings. Each key can be set as {@code hotspot.gateway.*} or its environment variable.
 * The groups below are for the reader: their keys sit directly under {@code hotspot.gateway}, each
 * named as its method.
 */
@ConfigMapping(prefix = "hotspot.gateway")
public interface GatewayConfig {

    /** Where the secret keyring is generated at first start when {@link #secretKeys()} is not set. */
    @WithDefault("${user.home}/.hotspot/gateway-keys")
    Path keyDir();

    /**
     * The keyring sealing router secrets at rest, {@code id:base64key[,id:base64key]} (32-byte AES
     * keys). Add a key and name it in {@link #secretKeyId()} to rotate: secrets sealed with older
     * keys still open.
     */
    Optional<String> secretKeys();

    /** The key of {@link #secretKeys()} new secrets are sealed with; the first one when absent. */
    Optional<String> secretKeyId();

    /**
     * The HMAC key voucher codes are looked up by (base64), the same as voucher-service's
     * {@code hotspot.voucher.lookup-key} (application.properties names it): with it the gateway reads
     * the vouchers' Redis projection itself.
     */
    Optional<String> voucherLookupKey();

    /** Where voucher-service keeps its generated keys when {@link #voucherLookupKey()} is not set (one machine). */
    @WithDefault("${user.home}/.hotspot/voucher-keys")
    Path voucherKeyDir();

    /**
     * The keyring voucher-service MACs its Redis projection with, the same as its
     * {@code hotspot.voucher.projection-keys} (application.properties names it); read from
     * {@link #voucherKeyDir()} when not set (one machine).
     */
    Optional<String> projectionKeys();

    /** The RADIUS server: where it listens, and how it answers retransmissions. */
    @WithParentName
    Radius radius();

    /** Disconnect- and CoA-Requests sent to routers. */
    @WithParentName
    Coa coa();

    /** How a login is decided: by voucher-service, or from its Redis projection. */
    @WithParentName
    Decisions decisions();

    /** The Redis values each event loop keeps in memory. */
    @WithParentName
    Redis redis();

    /** A device's cool-down after repeated rejects; the budgets per router and organization are {@code hotspot.guessing.*}. */
    @WithParentName
    BruteForce bruteForce();

    /** The router table. */
    @WithParentName
    Routers routers();

    /** What the hotspot kit ({@code GET /api/routers/{id}/hotspot-kit}) tells routers. */
    @WithParentName
    Kit kit();

    interface Radius {

        /**
         * Address the RADIUS server binds to. A wildcard (0.0.0.0, or :: for IPv6 too) is one socket
         * unless {@link #radiusBindEachAddress()}.
         */
        @WithDefault("0.0.0.0")
        String radiusBindAddress();

        /**
         * Binds a wildcard {@link #radiusBindAddress()} on each address of each interface that is up at
         * start instead. A wildcard socket replies from the source address the kernel picks for the
         * router, which on a multi-homed host (two addresses in one network, an alias) may not be the one
         * the router sent to, and the router drops the reply; bound per address, each reply leaves from
         * the address asked. Off by default because it does not see addresses added later (a VRRP virtual
         * IP, a DHCP renewal, a VPN): they go unanswered until a restart. An address that takes no socket
         * yet (a tentative IPv6 address) is logged and skipped; a port another process holds fails start.
         */
        @WithDefault("false")
        boolean radiusBindEachAddress();

        /** UDP port of RADIUS authentication. */
        @WithDefault("1812")
        int radiusAuthPort();

        /** UDP port of RADIUS accounting. */
        @WithDefault("1813")
        int radiusAcctPort();

        /**
         * Sockets bound to each RADIUS port with SO_REUSEPORT, each read by its own event loop, so that
         * more than one core answers; the kernel spreads routers over them by address. Empty: one per
         * available processor. 1 turns SO_REUSEPORT off.
         */
        OptionalInt radiusSockets();

        /** How long an answered request is remembered, so a retransmission gets the same answer (RFC 5080 §2.2.2). */
        @WithDefault("PT30S")
        Duration duplicateWindow();

        /**
         * The most requests remembered for duplicate detection, about 220 bytes each, held in arrays
         * allocated at start; past it the oldest are forgotten first, before their window ends.
         */
        @WithDefault("100000")
        int duplicateCapacity();
    }

    interface Coa {

        /** Address the Disconnect/CoA client sends from. */
        @WithDefault("0.0.0.0")
        String coaBindAddress();

        /** Disconnect- or CoA-Requests sent for one command before it is given up as unanswered, the first included. */
        @WithDefault("4")
        int coaAttempts();

        /** How long the first Disconnect- or CoA-Request waits for its answer; each retry waits twice as long. */
        @WithDefault("PT1S")
        Duration coaTimeout();
    }

    interface Decisions {

        /** How long an authorization may wait for voucher-service before the request is dropped (the router retries). */
        @WithDefault("PT2S")
        Duration decisionTimeout();

        /**
         * The most logins asked of voucher-service in one request ({@code /internal/authorize-batch}, which
         * takes up to 256): logins that come while earlier ones are being decided wait for a slot and go
         * together, so a rush of first uses costs a few round trips rather than one per login. A lone
         * login goes at once, alone.
         */
        @WithDefault("128")
        @Min(1)
        @Max(256)
        int decisionBatch();

        /**
         * Requests to voucher-service for decisions on their way at once; more logins wait for one of them
         * to be answered. Two suits two cores: one batch decided while the next is sent.
         */
        @WithDefault("2")
        @Min(1)
        int decisionBatchesInFlight();

        /**
         * How long after voucher-service signed it a Redis entry may settle a login. Not shorter than
         * voucher-service's {@code hotspot.voucher.cache-ttl} (entries live that long), or re-logins go to
         * voucher-service more often; the replay protection forgets what it learnt this long after.
         */
        @WithDefault("PT11M")
        Duration projectionMaxAge();

        /**
         * How long a plan's Redis entry is reused from memory for re-logins answered here: an edit to a
         * plan reaches those answers this much later (first use and new devices read it at once).
         */
        @WithDefault("PT2S")
        Duration planCacheTtl();
    }

    interface Redis {

        /**
         * Voucher entries and device cool-downs each event loop keeps, coherent with Redis through its
         * invalidations (client tracking); 0 reads Redis for every login.
         */
        @WithDefault("100000")
        int redisNearCacheEntries();

        /**
         * How long an event loop's kept values may answer after its invalidation connection last
         * answered a PING: a connection that died without closing sends no invalidations, so a change
         * could go unseen this long.
         */
        @WithDefault("PT1S")
        Duration redisNearCacheLease();

        /** The longest a kept Redis value is used without reading it again, whatever Redis says. */
        @WithDefault("PT60S")
        Duration redisNearCacheMaxAge();
    }

    interface BruteForce {

        /**
         * Rejects of one device within {@link #bruteForceWindow()} after which it cools down: refused
         * without a decision, except with a code it was accepted with before (so a spoofed MAC locks no
         * customer out). The budgets per router and organization are {@code hotspot.guessing.*}
         * ({@link org.hotspot.common.guessing.GuessingBudgets}), shared with voucher-service's estimate.
         */
        @WithDefault("10")
        int bruteForceThreshold();

        /** The window rejects are counted in. */
        @WithDefault("PT5M")
        Duration bruteForceWindow();

        /** How long a device past the threshold is refused. */
        @WithDefault("PT15M")
        Duration bruteForceCooldown();
    }

    interface Routers {

        /**
         * How often the router table is read again, so routers registered through another replica are
         * known (read by {@code NasRegistry}'s schedule, a scheduler interval such as {@code 10s}).
         */
        @WithDefault("10s")
        String nasReloadInterval();

        /**
         * Source addresses routers of several organizations may register at (carrier NAT), told apart
         * by NAS-Identifier; the platform operator's act, as {@code PUT /api/routers/shared-addresses/{address}}
         * is a platform admin's.
         */
        Optional<List<String>> sharedAddresses();
    }

    interface Kit {

        /**
         * The captive portal's public URL (portal-web, without {@code /portal}), as phones on the
         * hotspot reach it: the router's login page sends them there, and the walled garden lets them
         * reach its host before they log in.
         */
        @WithDefault("http://127.0.0.1:8080")
        URI portalUrl();

        /** The address routers send RADIUS to: this service's, as routers see it (after NAT, a load balancer). */
        @WithDefault("127.0.0.1")
        String radiusHost();

        /**
         * The interim-update interval set on the router's hotspot profile: voucher-service's
         * {@code hotspot.voucher.interim-interval} (application.properties names it), the one its
         * Access-Accepts carry.
         */
        @WithDefault("PT5M")
        Duration interimInterval();
    }
}
