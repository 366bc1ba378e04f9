package org.hotspot.session.usage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a session's marks go in the roll-ups. A bucket that gathers many sessions (an organization's,
 * a router's, a site's, a plan's; {@link Dimension#shardOf}) is split into {@link #SHARDS} documents
 * so that the sequence marks of a busy organization's day (one per session) stay far below MongoDB's
 * 16 MB document limit; the mark's field name is a hash because session keys hold characters
 * (dots, dollars) that field names must not.
 *
 * @param shard which of the bucket's documents the session's usage goes to, 0 to {@code SHARDS - 1}
 * @param field the session's mark in that document, 16 hex digits (64 bits: a collision within one
 *              shard of one bucket is vanishingly unlikely, and would only hold back one of the two
 *              sessions' older-sequence records)
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
