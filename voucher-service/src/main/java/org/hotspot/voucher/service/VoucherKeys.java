package org.hotspot.voucher.service;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.hotspot.common.crypto.SecretBox;
import org.hotspot.events.voucher.ProjectionSeal;
import org.hotspot.keys.KeyFiles;
import org.hotspot.keys.KeyMaterial;
import org.hotspot.voucher.config.VoucherConfig;

/**
 * The keys behind voucher codes: the HMAC key codes are looked up by, the keyring sealing the
 * codes, the HMAC key signing QR tokens, and the keyring MAC'ing the Redis projection. Each comes from configuration (production: a
 * Kubernetes Secret) or else from a file in the key directory generated at first start, so a
 * developer's machine needs no setup and no key is ever in git.
 */
@Singleton
public class VoucherKeys {

    private final byte[] lookupKey;
    private final byte[] qrKey;
    private final SecretBox codes;
    private final ProjectionSeal projections;

    public VoucherKeys(VoucherConfig config) {
        this.lookupKey = hmacKey("lookup-key", config.lookupKey(), config.keyDir());
        this.qrKey = hmacKey("qr-key", config.qrKey(), config.keyDir());
        this.codes = SecretBox.parse(keyring("code-keys", config.codeKeys(), config.keyDir()),
                config.codeKeyId().orElse(null));
        this.projections = ProjectionSeal.parse(keyring("projection-keys", config.projectionKeys(), config.keyDir()));
    }

    public byte[] lookupKey() {
        return lookupKey.clone();
    }

    public byte[] qrKey() {
        return qrKey.clone();
    }

    public SecretBox codes() {
        return codes;
    }

    public ProjectionSeal projections() {
        return projections;
    }

    private static String keyring(String name, Optional<String> configured, Path dir) {
        return KeyFiles.configuredOrGenerated(configured, dir.resolve(name), () -> KeyMaterial.newKeyring("local1"));
    }

    private static byte[] hmacKey(String name, Optional<String> configured, Path dir) {
        String base64 = KeyFiles.configuredOrGenerated(configured, dir.resolve(name), KeyMaterial::newKey);
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("hotspot.voucher." + name + " is not base64");
        }
        if (key.length < KeyMaterial.KEY_BYTES) {
            throw new IllegalStateException("hotspot.voucher." + name + " must be 32 bytes or more, not " + key.length);
        }
        return key;
    }
}
