package org.hotspot.auth.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hotspot.auth.TokenRevocation;
import org.hotspot.auth.config.AuthConfig;
import org.hotspot.auth.repository.TokenRevocationRepository;
import org.hotspot.common.security.RevokedOperators;

/**
 * Voids an operator's access tokens at once: a watermark in MongoDB that every service reads
 * within a second through {@code GET /internal/revocations} ({@code RevocationFeed} in common).
 * Refresh tokens are handled apart ({@code sessionsValidAfter}); a logout voids the access tokens
 * but leaves the operator's other sessions able to refresh.
 */
@ApplicationScoped
public class AccessTokenRevocations {

    /** Changes polled for again on each request, so one written while a poll ran is not skipped. */
    static final Duration OVERLAP = Duration.ofSeconds(5);

    private final TokenRevocationRepository repository;
    private final RevokedOperators local;
    private final AuthConfig.Tokens config;

    public AccessTokenRevocations(TokenRevocationRepository repository, RevokedOperators local, AuthConfig config) {
        this.repository = repository;
        this.local = local;
        this.config = config.tokens();
    }

    /**
     * Voids every access token of the operator issued until now. Tokens carry whole seconds, so the
     * watermark is the next second and tokens issued from here on are dated no earlier (see
     * {@link #notBefore}).
     */
    public Uni<Void> revoke(String operatorId, String organizationId, String reason) {
        Instant notBefore = Instant.ofEpochSecond(Instant.now().getEpochSecond() + 1);
        return repository.raise(operatorId, organizationId, notBefore, reason)
                .invoke(saved -> local.merge(Map.of(operatorId, saved.notBefore.getEpochSecond())))
                .replaceWithVoid();
    }

    /** The earliest {@code iat} a new token of the operator may carry and still be honoured. */
    public Uni<Instant> notBefore(String operatorId) {
        return repository.findById(operatorId)
                .map(found -> found == null ? Instant.EPOCH : found.notBefore);
    }

    /** What changed since {@code since} (epoch milliseconds), or, without it, every watermark a live token may be under. */
    public Uni<Changes> since(Long since) {
        Instant asOf = Instant.now();
        Uni<List<TokenRevocation>> found = since == null
                ? repository.notBeforeAfter(asOf.minus(config.accessTokenLifetime()).minus(OVERLAP.multipliedBy(24)))
                : repository.changedSince(Instant.ofEpochMilli(since).minus(OVERLAP));
        return found.map(list -> new Changes(asOf.toEpochMilli(), list.stream()
                .map(revocation -> new Watermark(revocation.id, revocation.notBefore.getEpochSecond()))
                .toList()));
    }

    /** One operator's watermark, in epoch seconds as tokens' {@code iat}. */
    public record Watermark(String operatorId, long notBefore) {
    }

    /** The answer to a poll: {@code asOf} is the {@code since} of the next one. */
    public record Changes(long asOf, List<Watermark> revocations) {
    }
}
