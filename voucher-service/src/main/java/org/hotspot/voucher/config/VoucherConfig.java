package org.hotspot.voucher.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** voucher-service settings. Each key can be set as {@code hotspot.voucher.*} or its environment variable. */
@ConfigMapping(prefix = "hotspot.voucher")
public interface VoucherConfig {

    /** Public URL of the captive portal that voucher QR codes open. */
    @WithDefault("http://127.0.0.1:8080/portal")
    URI portalUrl();

    /** The largest batch one request may generate. */
    @WithDefault("100000")
    int maxBatchSize();

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
     * {@link #cacheTtl()}.
     */
    Optional<String> projectionKeys();

    /** The HMAC key signing QR tokens (base64, 32 bytes or more). Changing it voids every printed QR code. */
    Optional<String> qrKey();

    /** Acct-Interim-Interval given to routers with every accept. */
    @WithDefault("PT5M")
    Duration interimInterval();

    /** How long a granted device counts against shared users with no news of its session (three interim intervals). */
    @WithDefault("PT15M")
    Duration deviceLease();

    /** How long a voucher's Redis entry lives unread; changes rewrite it at once regardless. */
    @WithDefault("PT10M")
    Duration cacheTtl();

    /** Vouchers stored per database round trip while generating a batch. */
    @WithDefault("2000")
    int generationChunk();

    /** A batch still GENERATING with no heartbeat for this long was abandoned by a stopped replica and is marked FAILED. */
    @WithDefault("PT2M")
    Duration abandonedAfter();

    /** How often unused vouchers past their batch's expiry and active ones past their validity are expired. */
    @WithDefault("60s")
    String expirySweepInterval();

    /** How often lifecycle events a crash or broker outage left in vouchers' outboxes are sent again. */
    @WithDefault("30s")
    String outboxRelayInterval();

    /** How often refunds of reseller credit that could not be given at once are tried again. */
    @WithDefault("5s")
    String refundRetryInterval();

    /** How often codes sealed with an older key of {@link #codeKeys()} are sealed again with the current one. */
    @WithDefault("10m")
    String resealInterval();
}
