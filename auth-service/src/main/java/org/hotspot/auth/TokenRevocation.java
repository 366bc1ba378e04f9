package org.hotspot.auth;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * An operator's revocation watermark: access tokens of theirs issued before {@link #notBefore} (a
 * whole second, as a token's {@code iat}) are void in every service. One per operator, only ever
 * moved forward; {@link #changedAt} orders the changes the services poll for.
 */
@MongoEntity(collection = "token_revocations")
public class TokenRevocation {

    /** The operator's id. */
    @BsonId
    public String id;
    public String organizationId;
    public Instant notBefore;
    public Instant changedAt;
    /** What revoked them last: {@code disabled}, {@code logout}, {@code password-changed}, ... */
    public String reason;
}
