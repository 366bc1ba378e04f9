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
 * developer's machine needs no setup and no key is ever in git. The key signing status tokens is
 * derived from the QR key, so deployments need no new secret for it.
 */
@Singleton
public class VoucherKeys {

    private final byte[] lookupKey;
    private final byte[] qrKey;
    private final byte[] statusKey;
    private final SecretBox codes;
    private final ProjectionSeal projections;

    public VoucherKeys(VoucherConfig config) {
        this.lookupKey = hmacKey("lookup-key", config.lookupKey(), config.keyDir());
        this.qrKey = hmacKey("qr-key", config.qrKey(), config.keyDir());
        this.statusKey = Hmacs.sha256(qrKey, "hotspot voucher status tokens");
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

    /** The HMAC key signing status tokens: HMAC-SHA256 of a fixed label under the QR key, so a tag of one kind never passes for the other. */
    public byte[] statusKey() {
        return statusKey.clone();
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
