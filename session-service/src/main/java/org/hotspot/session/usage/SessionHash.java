package org.hotspot.session.usage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a session's usage goes in the roll-ups, and its field name where something is kept per
 * session. A bucket that gathers many sessions (an organization's, a router's, a site's, a plan's;
 * {@link Dimension#shardOf}) is split into {@link #SHARDS} documents, fewer writes racing for each;
 * the field name is a hash because session keys hold characters (dots, dollars) that field names
 * must not. Roll-up buckets marked each session's sequence under this name until they marked
 * partitions instead ({@link BucketWrite}); a voucher's ledger still keys its entries by it.
 *
 * @param shard which of the bucket's documents the session's usage goes to, 0 to {@code SHARDS - 1}
 * @param field the session's field, 16 hex digits (64 bits: a collision among one voucher's
 *              sessions, or one bucket's, is vanishingly unlikely)
 */
public record SessionHash(int shard, String field) {

    /** Documents per bucket. Changing it re-applies the current bucket's in-flight records, so it is fixed. */
    public static final int SHARDS = 16;

    public static SessionHash of(String sessionKey) {
        byte[] digest = sha256(sessionKey.getBytes(StandardCharsets.UTF_8));
        return new SessionHash((digest[0] & 0xff) % SHARDS, HexFormat.of().formatHex(digest, 1, 9));
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
