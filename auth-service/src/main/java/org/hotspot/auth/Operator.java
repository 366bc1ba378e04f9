package org.hotspot.auth;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;
import org.hotspot.common.security.Role;

/** A person who logs in: belongs to one organization, has one role. */
@MongoEntity(collection = "operators")
public class Operator {

    @BsonId
    public String id;
    public String organizationId;
    /** Lower case, unique across the installation: login asks for no organization. */
    public String username;
    /** Argon2id in PHC string form; never leaves this service. */
    public String passwordHash;
    public Role role;
    public boolean disabled;
    /**
     * The base32 TOTP seed, sealed with the data key ({@code SecretBox}), set at enrolment;
     * {@link #totpEnabled} once a code confirmed it.
     */
    public String totpSecret;
    public boolean totpEnabled;
    /** The last TOTP time step accepted: a code is good once, so an overheard code cannot be replayed. */
    public long totpLastStep;
    /** Refresh tokens issued before this instant are refused: set by a password reset or a disable. */
    public Instant sessionsValidAfter;
    public Instant createdAt;
    public Instant updatedAt;
}
