package org.hotspot.common.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals short secrets for storage with AES-256-GCM: a database dump alone yields nothing usable.
 *
 * <p>A sealed value reads {@code v1:<key id>:<base64url(nonce | ciphertext | tag)>}. The key id
 * makes rotation possible: new values are sealed with the current key while values sealed with an
 * older key of the keyring still open. The context (for example {@code operator:42:totp}) is
 * authenticated but not stored, so a sealed value copied onto another record does not open there.
 */
public final class SecretBox {

    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String currentKeyId;
    private final SecureRandom random = new SecureRandom();

    /** A box over the keyring (key id to 32 raw key bytes) sealing with {@code currentKeyId}. */
    public SecretBox(Map<String, byte[]> keyring, String currentKeyId) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        keyring.forEach((id, bytes) -> {
            if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalArgumentException("key ids are 1 to 32 letters, digits, _ or -: " + id);
            }
            if (bytes.length != 32) {
                throw new IllegalArgumentException("key " + id + " must be 32 bytes (AES-256), not " + bytes.length);
            }
            keys.put(id, new SecretKeySpec(bytes, "AES"));
        });
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current key " + currentKeyId + " is not in the keyring");
        }
        this.keys = Map.copyOf(keys);
        this.currentKeyId = currentKeyId;
    }

    /**
     * Reads a keyring written as {@code id:base64key[,id:base64key...]}; the current key is the one
     * named, or the first when {@code currentKeyId} is blank.
     */
    public static SecretBox parse(String keyring, String currentKeyId) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : keyring.split(",")) {
            String[] pair = entry.trim().split(":", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("a keyring entry is id:base64key");
            }
            try {
                keys.put(pair[0].trim(), Base64.getDecoder().decode(pair[1].trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("key " + pair[0].trim() + " is not base64");
            }
        }
        String current =
                currentKeyId == null || currentKeyId.isBlank() ? keys.keySet().iterator().next() : currentKeyId;
        return new SecretBox(keys, current);
    }

    public String seal(String plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), nonce, context);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return VERSION + ":" + currentKeyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plaintext; a {@link SealedValueException} when the value is malformed, tampered or of another context. */
    public String open(String sealed, String context) {
        String[] parts = sealed == null ? new String[0] : sealed.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new SealedValueException("not a sealed value");
        }
        SecretKey key = keys.get(parts[1]);
        if (key == null) {
            throw new SealedValueException("sealed with key " + parts[1] + ", which is not in the keyring");
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(parts[2]);
            if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new SealedValueException("sealed value too short");
            }
            byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, context);
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SealedValueException("sealed value is not base64url");
        } catch (GeneralSecurityException e) {
            throw new SealedValueException(
                    "sealed value does not authenticate: tampered, or sealed for another record");
        }
    }

    /** The ids of every key of the keyring. */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    /** The id of the key new values are sealed with. */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** Whether the value is sealed with the current key; if not, reseal it when convenient. */
    public boolean isCurrent(String sealed) {
        return sealed != null && sealed.startsWith(VERSION + ":" + currentKeyId + ":");
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String context)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** A sealed value that cannot be opened. */
    public static final class SealedValueException extends RuntimeException {
        public SealedValueException(String message) {
            super(message);
        }
    }
}
