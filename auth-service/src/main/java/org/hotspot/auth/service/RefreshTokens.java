package org.hotspot.auth.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.Operator;
import org.hotspot.auth.RefreshToken;
import org.hotspot.auth.config.AuthConfig;
import org.hotspot.auth.repository.RefreshTokenRepository;
import org.hotspot.keys.KeyMaterial;

/**
 * Opaque refresh tokens: 256 random bits handed out once, stored only as their SHA-256 (a leaked
 * database holds no usable token). Rotation and reuse detection follow the OAuth 2.0 Security BCP.
 */
@ApplicationScoped
public class RefreshTokens {

    private final RefreshTokenRepository repository;
    private final AuthConfig.Tokens config;

    public RefreshTokens(RefreshTokenRepository repository, AuthConfig config) {
        this.repository = repository;
        this.config = config.tokens();
    }

    /**
     * A new token for the operator, starting a new family when {@code familyId} is null, for a
     * session whose password was proved at {@code authenticatedAt}.
     */
    public Uni<String> issue(Operator operator, String familyId, Instant authenticatedAt) {
        String token = KeyMaterial.newToken(32);
        RefreshToken stored = new RefreshToken();
        stored.id = digest(token);
        stored.familyId = familyId != null ? familyId : UUID.randomUUID().toString();
        stored.operatorId = operator.id;
        stored.organizationId = operator.organizationId;
        stored.issuedAt = Instant.now();
        stored.authenticatedAt = authenticatedAt;
        stored.expiresAt = stored.issuedAt.plus(config.refreshTokenLifetime());
        return repository.persist(stored).replaceWith(token);
    }

    /**
     * Uses the token once. A token presented a second time revokes its whole family (whoever holds
     * the newer one is logged out too: one of the two is a thief) and is refused.
     */
    public Uni<Outcome> use(String token) {
        String id = digest(token);
        Instant now = Instant.now();
        return repository.claim(id, now)
                .chain(claimed -> claimed != null
                        ? Uni.createFrom().item(new Outcome(claimed, false))
                        : refuse(id, now));
    }

    /** Revokes the token's family; unknown tokens are ignored so logout reveals nothing. */
    public Uni<RefreshToken> revoke(String token) {
        Instant now = Instant.now();
        return repository.findById(digest(token))
                .call(found -> found == null ? Uni.createFrom().voidItem()
                        : repository.revokeFamily(found.familyId, now));
    }

    /**
     * After issuing a token into a family: if the family was revoked meanwhile (a logout or a reuse
     * detected while this refresh ran), revoke the new token too and refuse. Revocation only marks
     * tokens that exist, so without this check a racing refresh could outlive it.
     */
    public Uni<Void> ensureFamilyLive(String familyId) {
        return repository.familyRevoked(familyId)
                .chain(revoked -> revoked
                        ? repository.revokeFamily(familyId, Instant.now())
                                .chain(() -> Uni.createFrom().failure(AuthProblems.invalidRefreshToken()))
                        : Uni.createFrom().voidItem());
    }

    /** Deletes tokens a day past their expiry (the embedded MongoDB has no TTL indexes). */
    @Scheduled(every = "1h", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweepExpired() {
        return repository.deleteExpired(Instant.now().minus(Duration.ofDays(1))).replaceWithVoid();
    }

    /** The claimed token, or the reused one when {@code reused}. */
    public record Outcome(RefreshToken token, boolean reused) {
    }

    private Uni<Outcome> refuse(String id, Instant now) {
        return repository.findById(id)
                .chain(found -> {
                    if (found == null) {
                        return Uni.createFrom().failure(AuthProblems.invalidRefreshToken());
                    }
                    if (found.usedAt == null) {
                        // Expired, or revoked by a logout or reset: invalid, but not a theft.
                        return Uni.createFrom().failure(AuthProblems.invalidRefreshToken());
                    }
                    return repository.revokeFamily(found.familyId, now)
                            .replaceWith(new Outcome(found, true));
                });
    }

    static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
