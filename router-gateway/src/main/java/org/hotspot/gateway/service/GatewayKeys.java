package org.hotspot.gateway.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Base64;
import org.hotspot.common.crypto.SecretBox;
import org.hotspot.events.voucher.ProjectionSeal;
import org.hotspot.gateway.config.GatewayConfig;
import org.hotspot.keys.KeyFiles;
import org.hotspot.keys.KeyMaterial;

/**
 * router-gateway's keys. Its own keyring, sealing RADIUS secrets and RouterOS passwords:
 * {@code HOTSPOT_GATEWAY_SECRET_KEYS}, else a file generated at first start in the key directory.
 * And voucher-service's keys it shares, the HMAC key codes are looked up by and the keyring the Redis
 * projection is MAC'd with: from configuration, else from voucher-service's key directory, where
 * whichever of the two starts first generates them (a developer's machine). Production passes all of
 * them from Kubernetes Secrets.
 */
@Singleton
public class GatewayKeys {

    private final SecretBox secrets;
    private final ProjectionSeal projections;
    private final byte[] lookupKey;

    public GatewayKeys(GatewayConfig config) {
        this.secrets = SecretBox.parse(KeyFiles.configuredOrGenerated(config.secretKeys(),
                config.keyDir().resolve("secret-keys"), () -> KeyMaterial.newKeyring("local1")),
                config.secretKeyId().orElse(null));
        this.projections = ProjectionSeal.parse(KeyFiles.configuredOrGenerated(config.projectionKeys(),
                config.voucherKeyDir().resolve("projection-keys"), () -> KeyMaterial.newKeyring("local1")));
        this.lookupKey = Base64.getDecoder().decode(KeyFiles.configuredOrGenerated(config.voucherLookupKey(),
                config.voucherKeyDir().resolve("lookup-key"), KeyMaterial::newKey).trim());
    }

    /** Seals RADIUS secrets and RouterOS passwords at rest. */
    @Produces
    @Singleton
    SecretBox secrets() {
        return secrets;
    }

    /** Verifies the Redis entries voucher-service sealed. */
    public ProjectionSeal projections() {
        return projections;
    }

    /** The HMAC key voucher codes are looked up by. */
    public byte[] lookupKey() {
        return lookupKey.clone();
    }
}
