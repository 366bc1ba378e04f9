package org.hotspot.voucher.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * voucher-service settings. Each key can be set as {@code hotspot.voucher.*} or its environment variable;
 * the defaults are here and nowhere else. The groups below are for the reader: their keys sit directly
 * under {@code hotspot.voucher}, each named as its method, except {@link #precheck()}'s, under
 * {@code hotspot.voucher.precheck}.
 */
@ConfigMapping(prefix = "hotspot.voucher")
public interface VoucherConfig {

    /** Public URL of the captive portal that voucher QR codes open. */
    @WithDefault("http://127.0.0.1:8080/portal")
    URI portalUrl();

    /** Where keys not given below are generated at first start and kept. In Kubernetes, unused: the keys come from a Secret. */
    @WithDefault("${user.home}/.hotspot/voucher-keys")
    Path keyDir();

    /**
     * The keyring sealing voucher codes at rest, {@code id:base64key[,id:base64key]} (32-byte AES
     * keys). Add a new key and name it in {@link #codeKeyId()} to rotate: codes sealed with older keys
     * still open.
     */
    Optional<String> codeKeys();

    /** The key of {@link #codeKeys()} new codes are sealed with; the first one when absent. */
    Optional<String> codeKeyId();

    /**
     * The HMAC key vouchers are looked up by (base64, 32 bytes or more). Changing it makes every
     * existing code unknown, so it is set once; router-gateway needs the same key to read the Redis projection.
     */
    Optional<String> lookupKey();

    /**
     * The keyring MAC'ing every projection written to Redis, {@code id:base64key[,id:base64key]}
     * (32 bytes or more each); the first one signs. router-gateway needs the same ring and Redis
     * must never hold it. Rotate by putting a new key first and dropping the old one after
     * {@link Authorization#cacheTtl()}.
     */
    Optional<String> projectionKeys();

    /** The HMAC key signing QR tokens (base64, 32 bytes or more). Changing it voids every printed QR code. */
    Optional<String> qrKey();

    /** Generating batches. */
    @WithParentName
    Batches batches();

    /** What an accept gives a router, and the Redis entries re-logins are answered from. */
    @WithParentName
    Authorization authorization();

    /** The portal's check of a code before it sends the customer's login to the router, and its status tokens. */
    Precheck precheck();

    /** How often the background jobs run: scheduler intervals such as {@code 60s}, read by each job's schedule. */
    @WithParentName
    Schedules schedules();

    interface Batches {

        /** The largest batch one request may generate. */
        @WithDefault("100000")
        int maxBatchSize();

        /** Vouchers stored per database round trip while generating a batch. */
        @WithDefault("2000")
        int generationChunk();

        /**
         * A batch still GENERATING with no heartbeat for this long was abandoned by a stopped replica and is
         * marked FAILED.
         */
        @WithDefault("PT2M")
        Duration abandonedAfter();
    }

    interface Authorization {

        /** Acct-Interim-Interval given to routers with every accept. */
        @WithDefault("PT5M")
        Duration interimInterval();

        /**
         * How long a granted device counts against shared users with no news of its session (three interim
         * intervals).
         */
        @WithDefault("PT15M")
        Duration deviceLease();

        /** How long a voucher's Redis entry lives unread; changes rewrite it at once regardless. */
        @WithDefault("PT10M")
        Duration cacheTtl();

        /**
         * The most lookups, or conditional writes, of concurrent decisions that go to MongoDB as one
         * command: a rush of first uses costs a few commands instead of one or two per login.
         */
        @WithDefault("128")
        @Min(1)
        int batchSize();

        /**
         * Such commands on their way at once, per kind; what comes meanwhile waits and goes as the next
         * batch. Two suits two cores: one being answered while the next is sent.
         */
        @WithDefault("2")
        @Min(1)
        int batchesInFlight();
    }

    interface Precheck {

        /**
         * The least time every precheck answer takes, whatever it is: an existing code is never confirmed
         * faster than a wrong one, however the lookup went (Redis or MongoDB, found or not).
         */
        @WithDefault("PT0.3S")
        Duration floor();

        /** Prechecks one device (MAC) may make within {@link #window()} at one organization's hotspots. */
        @WithDefault("10")
        @Min(1)
        int macLimit();

        /**
         * Prechecks one client address may make within {@link #window()} at one organization's hotspots:
         * the ceiling of a guesser who changes their MAC at every try. Loose on purpose: the address
         * portal-web sees is the hotspot's public NAT address, shared by every customer behind that
         * router, so a tight limit would refuse a busy hotspot's honest customers; {@link #macLimit()}
         * is the tight one.
         */
        @WithDefault("300")
        @Min(1)
        int addressLimit();

        /** The fixed window the limits are counted in; once one is spent, prechecks are refused until it ends. */
        @WithDefault("PT5M")
        Duration window();

        /** How long the status token an accepted precheck gives opens the voucher's status page. */
        @WithDefault("PT24H")
        Duration statusTokenTtl();
    }

    interface Schedules {

        /**
         * How often unused vouchers past their batch's expiry and active ones past their validity are expired
         * ({@code ExpirySweep}).
         */
        @WithDefault("60s")
        String expirySweepInterval();

        /**
         * How often lifecycle events a crash or broker outage left in vouchers' outboxes are sent again
         * ({@code OutboxRelay}).
         */
        @WithDefault("30s")
        String outboxRelayInterval();

        /**
         * How often events the broker has taken are cleared from their vouchers' outboxes, many in one write
         * ({@code OutboxAcks}).
         */
        @WithDefault("1s")
        String outboxClearInterval();

        /**
         * How often refunds of reseller credit that could not be given at once are tried again
         * ({@code ResellerRefunds}).
         */
        @WithDefault("5s")
        String refundRetryInterval();

        /**
         * How often codes sealed with an older key of {@link VoucherConfig#codeKeys()} are sealed again with the
         * current one ({@code CodeResealer}).
         */
        @WithDefault("10m")
        String resealInterval();
    }
}
