package org.hotspot.auth.service;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.Operator;
import org.hotspot.auth.RefreshToken;
import org.hotspot.auth.repository.OperatorRepository;
import org.hotspot.events.audit.AuditEntry.Result;

/**
 * An operator's logged-in session: an access token plus a refresh token family. Refreshing
 * rotates the refresh token; logging out revokes the family.
 */
@ApplicationScoped
public class Sessions {

    private final TokenIssuer issuer;
    private final RefreshTokens refreshTokens;
    private final OperatorRepository operators;
    private final AuthAudit audit;

    private final AccessTokenRevocations revocations;

    public Sessions(TokenIssuer issuer, RefreshTokens refreshTokens, OperatorRepository operators, AuthAudit audit,
            AccessTokenRevocations revocations) {
        this.revocations = revocations;
        this.issuer = issuer;
        this.refreshTokens = refreshTokens;
        this.operators = operators;
        this.audit = audit;
    }

    /** A new session, the password just proved: a new refresh token family. */
    public Uni<Tokens> start(Operator operator) {
        Instant authenticatedAt = Instant.now();
        return refreshTokens.issue(operator, null, authenticatedAt)
                .chain(refresh -> tokens(operator, refresh, authenticatedAt));
    }

    public Uni<Tokens> refresh(String refreshToken, String address) {
        return refreshTokens.use(refreshToken)
                .chain(outcome -> outcome.reused()
                        ? reused(outcome.token(), address)
                        : continueSession(outcome.token()));
    }

    /** Ends the session and voids the operator's access tokens (their other sessions refresh into new ones). */
    public Uni<Void> logout(String refreshToken, String address) {
        return refreshTokens.revoke(refreshToken)
                .call(token -> token == null
                        ? Uni.createFrom().voidItem()
                        : revocations.revoke(token.operatorId, token.organizationId, "logout"))
                .chain(token -> token == null
                        ? Uni.createFrom().voidItem()
                        : operators.findById(token.operatorId)
                                .chain(operator -> audit.record(token.organizationId,
                                        operator != null ? operator.username : token.operatorId, "LOGGED_OUT",
                                        "operator", token.operatorId, address, Result.SUCCESS, null)));
    }

    private Uni<Tokens> continueSession(RefreshToken used) {
        return operators.findById(used.operatorId)
                .chain(operator -> operator == null || operator.disabled || revokedSince(operator, used)
                        ? Uni.createFrom().failure(AuthProblems.invalidRefreshToken())
                        : refreshTokens.issue(operator, used.familyId, used.authenticatedAt)
                                .call(refresh -> refreshTokens.ensureFamilyLive(used.familyId))
                                .chain(refresh -> tokens(operator, refresh, used.authenticatedAt)));
    }

    /**
     * The pair handed out. A session from before authentication times were kept has none: its
     * tokens say the epoch, so actions needing a recent authentication ask for a new login.
     */
    private Uni<Tokens> tokens(Operator operator, String refresh, Instant authenticatedAt) {
        return revocations.notBefore(operator.id)
                .map(notBefore -> new Tokens(issuer.accessToken(operator,
                        authenticatedAt == null ? Instant.EPOCH : authenticatedAt, notBefore), refresh,
                        issuer.lifetimeSeconds()));
    }

    /** A password reset or a disable ends every session begun before it. */
    private static boolean revokedSince(Operator operator, RefreshToken used) {
        return operator.sessionsValidAfter != null && !used.issuedAt.isAfter(operator.sessionsValidAfter);
    }

    private Uni<Tokens> reused(RefreshToken token, String address) {
        return operators.findById(token.operatorId)
                .chain(operator -> audit.record(token.organizationId,
                        operator != null ? operator.username : token.operatorId, "REFRESH_TOKEN_REUSED", "operator",
                        token.operatorId, address, Result.DENIED, "refresh token family revoked"))
                .chain(() -> Uni.createFrom().failure(AuthProblems.invalidRefreshToken()));
    }
}
