package org.hotspot.auth;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One refresh token, stored only as the SHA-256 of its value. Each use replaces it with a new
 * token of the same family; presenting a used one again means it was stolen, and the whole family
 * is revoked.
 */
@MongoEntity(collection = "refresh_tokens")
public class RefreshToken {

    @BsonId
    public String id;
    public String familyId;
    public String operatorId;
    public String organizationId;
    public Instant issuedAt;
    /** When the operator proved their password to start this token's session; copied along each refresh. */
    public Instant authenticatedAt;
    public Instant expiresAt;
    public Instant usedAt;
    public Instant revokedAt;
}
