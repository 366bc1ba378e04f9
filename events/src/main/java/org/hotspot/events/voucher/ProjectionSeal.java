package org.hotspot.events.voucher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The MAC voucher-service puts on every projection it writes to Redis, so that a reader trusts an
 * entry only if voucher-service wrote it, under that very key. Redis holds no key: anyone who can
 * write to Redis can delete or replay entries, never make one.
 *
 * <p>A sealed entry is the projection's JSON with three fields appended, so readers that do not
 * know them still read it: {@code ...,"kid":"k1","signedAt":1733550000000,"mac":"<43 base64url>"}}.
 * The MAC is HMAC-SHA256 under key {@code kid} over {@link #DOMAIN}, the Redis key, a newline and
 * every character before {@code ,"mac":}: the projection with its version, the key id and when it
 * was signed. An entry copied to another key, edited, or signed by anyone else fails; an older
 * genuine entry of the same key does not, which is why readers also check {@link Opened#signedAt}
 * and the voucher's version (see router-gateway's {@code TrustedEntries}).
 *
 * <p>The keyring is {@code id:base64[,id:base64...]}: the first key signs, all verify, so a key is
 * rotated by putting a new one first and dropping the old one after the entries' TTL. Thread-safe.
 */
public final class ProjectionSeal {

    /** What the MAC is about, and the format's version: a change of either makes every old MAC fail. */
    static final String DOMAIN = "hotspot:projection:v1\n";
    private static final String KID = ",\"kid\":\"";
    private static final String SIGNED_AT = "\",\"signedAt\":";
    private static final String MAC = ",\"mac\":\"";
    private static final int MAC_CHARS = 43;

    /** A verified entry: its JSON (the projection's fields, then the seal's), and when voucher-service signed it. */
    public record Opened(String json, long signedAt) {
    }

    private final String signingId;
    private final Map<String, byte[]> keys;
    private final ThreadLocal<Map<String, Mac>> macs = ThreadLocal.withInitial(HashMap::new);

    private ProjectionSeal(String signingId, Map<String, byte[]> keys) {
        this.signingId = signingId;
        this.keys = keys;
    }

    /** The keyring {@code id:base64[,id:base64...]}, each key 32 bytes or more; the first signs. */
    public static ProjectionSeal parse(String keyring) {
        if (keyring == null || keyring.isBlank()) {
            throw new IllegalArgumentException("the projection keyring is empty");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : keyring.trim().split(",")) {
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).trim();
            if (id.isEmpty() || !id.matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalArgumentException(
                        "a projection key needs an id of letters, digits, _ or - first: id:base64");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(entry.substring(colon + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("projection key " + id + " is not base64");
            }
            if (key.length < 32) {
                throw new IllegalArgumentException(
                        "projection key " + id + " must be 32 bytes or more, not " + key.length);
            }
            if (keys.put(id, key) != null) {
                throw new IllegalArgumentException("projection key " + id + " is given twice");
            }
        }
        return new ProjectionSeal(keys.keySet().iterator().next(), Map.copyOf(keys));
    }

    /** The projection's JSON (an object with at least one field) sealed for this Redis key. */
    public String seal(String redisKey, String json, Instant signedAt) {
        if (json.length() < 3 || json.charAt(0) != '{' || json.charAt(json.length() - 1) != '}') {
            throw new IllegalArgumentException("not a JSON object with fields: " + json);
        }
        String signed = json.substring(0, json.length() - 1) + KID + signingId + SIGNED_AT + signedAt.toEpochMilli();
        return signed + MAC + mac(signingId, redisKey, signed) + "\"}";
    }

    /** The entry, if voucher-service sealed it for this key with a key of the ring; else null. */
    public Opened open(String redisKey, String value) {
        if (value == null || value.length() < MAC.length() + MAC_CHARS + 2 || !value.endsWith("\"}")) {
            return null;
        }
        int macAt = value.length() - 2 - MAC_CHARS;
        int signedEnd = macAt - MAC.length();
        if (!value.startsWith(MAC, signedEnd)) {
            return null;
        }
        int kidAt = value.lastIndexOf(KID, signedEnd);
        int signedAtAt = kidAt < 0 ? -1 : value.indexOf(SIGNED_AT, kidAt + KID.length());
        if (signedAtAt < 0 || signedAtAt > signedEnd) {
            return null;
        }
        String id = value.substring(kidAt + KID.length(), signedAtAt);
        if (!keys.containsKey(id)) {
            return null;
        }
        String signed = value.substring(0, signedEnd);
        byte[] expected = mac(id, redisKey, signed).getBytes(StandardCharsets.US_ASCII);
        byte[] given = value.substring(macAt, macAt + MAC_CHARS).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return null;
        }
        long at;
        try {
            at = Long.parseLong(value, signedAtAt + SIGNED_AT.length(), signedEnd, 10);
        } catch (NumberFormatException e) {
            // Cannot happen under a valid MAC, which only voucher-service's writes carry.
            return null;
        }
        // The seal's fields stay: every reader skips fields it does not know.
        return new Opened(value, at);
    }

    private String mac(String id, String redisKey, String signed) {
        Mac mac = macs.get().computeIfAbsent(id, this::keyed);
        mac.update((DOMAIN + redisKey + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] digest = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private Mac keyed(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.get(id), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
