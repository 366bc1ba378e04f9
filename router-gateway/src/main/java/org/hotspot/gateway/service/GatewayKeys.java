package org.hotspot.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.hotspot.common.crypto.KeyFiles;
import org.hotspot.common.crypto.SecretBox;
import org.hotspot.gateway.config.GatewayConfig;

/**
 * The keyring sealing RADIUS secrets and RouterOS passwords: {@code HOTSPOT_GATEWAY_SECRET_KEYS}
 * (production: a Kubernetes Secret), else a file generated at first start in the key directory.
 */
@ApplicationScoped
public class GatewayKeys {

    @Produces
    @Singleton
    SecretBox secrets(GatewayConfig config) {
        String keyring = config.secretKeys().filter(keys -> !keys.isBlank())
                .orElseGet(() -> KeyFiles.loadOrGenerate(config.keyDir().resolve("secret-keys"),
                        () -> "local1:" + SecretBox.newKey()));
        return SecretBox.parse(keyring, config.secretKeyId().orElse(null));
    }
}
