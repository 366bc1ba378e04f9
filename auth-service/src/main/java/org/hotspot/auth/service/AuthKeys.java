package org.hotspot.auth.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Base64;
import org.hotspot.auth.config.AuthConfig;
import org.hotspot.common.crypto.SecretBox;
import org.hotspot.keys.KeyFiles;
import org.hotspot.keys.KeyMaterial;

/**
 * auth-service's keys: the keyring that seals its secrets at rest (TOTP seeds), from
 * {@code HOTSPOT_AUTH_DATA_KEYS}, and the key device tokens are MAC'd with, from
 * {@code HOTSPOT_AUTH_DEVICE_KEY} (production: a Kubernetes Secret, shared by every replica). Either,
 * when not set, from a file in the key directory generated at first start, so a developer's machine
 * needs no setup and no key is ever in git. The token signing keys rotate and are
 * {@link SigningKeys}'.
 */
@Singleton
public class AuthKeys {

    static final String DATA_KEYS_FILE = "data-keys";
    static final String DEVICE_KEY_FILE = "device-key";

    private final SecretBox data;
    private final byte[] deviceKey;

    public AuthKeys(AuthConfig config) {
        this.data = SecretBox.parse(KeyFiles.configuredOrGenerated(config.dataKeys(),
                config.keyDir().resolve(DATA_KEYS_FILE), () -> KeyMaterial.newKeyring("local1")),
                config.dataKeyId().orElse(null));
        this.deviceKey = Base64.getDecoder().decode(KeyFiles.configuredOrGenerated(config.device().key(),
                config.keyDir().resolve(DEVICE_KEY_FILE), KeyMaterial::newKey).trim());
    }

    /** Seals and opens auth-service's secrets at rest. */
    @Produces
    @Singleton
    SecretBox dataKeys() {
        return data;
    }

    /** The key of {@link DeviceTokens}' MACs. */
    public byte[] deviceKey() {
        return deviceKey.clone();
    }
}
