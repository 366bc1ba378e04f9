package org.hotspot.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.hotspot.auth.config.AuthConfig;
import org.hotspot.common.crypto.KeyFiles;
import org.hotspot.common.crypto.SecretBox;

/**
 * The keys that seal auth-service's secrets at rest (TOTP seeds). From {@code HOTSPOT_AUTH_DATA_KEYS}
 * when set (production: a Kubernetes Secret); else from {@code data-keys} in the key directory,
 * generated at first start, so a developer's machine needs no setup and no key is ever in git.
 */
@ApplicationScoped
public class DataKeys {

    static final String FILE = "data-keys";

    @Produces
    @Singleton
    SecretBox secretBox(AuthConfig config) {
        String keyring = config.dataKeys().filter(keys -> !keys.isBlank())
                .orElseGet(() -> KeyFiles.loadOrGenerate(config.keyDir().resolve(FILE),
                        () -> "local1:" + SecretBox.newKey()));
        return SecretBox.parse(keyring, config.dataKeyId().orElse(null));
    }
}
