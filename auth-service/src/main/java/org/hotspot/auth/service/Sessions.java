package org.hotspot.auth.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.Operator;
import org.hotspot.auth.RefreshToken;
import org.hotspot.auth.repository.OperatorRepository;
import org.hotspot.common.problem.ProblemException;
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
                .chain(refresh -> tokens(operator.id, refresh, authenticatedAt, current -> true,
                        AuthProblems::invalidCredentials));
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
                                .chain(refresh -> tokens(operator.id, refresh, used.authenticatedAt,
                                        current -> !revokedSince(current, used), AuthProblems::invalidRefreshToken)));
    }

    /**
     * The pair handed out. A session from before authentication times were kept has none: its
     * tokens say the epoch, so actions needing a recent authentication ask for a new login.
     *
     * <p>The operator was checked before this, and a disable, demotion or password reset may land in
     * between. So the token is dated now, never ahead (a wait of under a second while the operator's
     * revocation watermark is still ahead, so it is not born revoked), and the operator is read again
     * after that date is taken: a revocation finished before it shows in what is read, one after it
     * gets a watermark past the token's date. Either way the token dies or never exists.
     */
    private Uni<Tokens> tokens(String operatorId, String refresh, Instant authenticatedAt,
            Predicate<Operator> sessionStillValid, Supplier<ProblemException> refused) {
        return revocations.notBefore(operatorId)
                .chain(notBefore -> waitUntil(notBefore))
                .map(waited -> Instant.now())
                .chain(issuedAt -> operators.findById(operatorId)
                        .map(current -> stillAllowed(current, sessionStillValid, refused))
                        .map(current -> new Tokens(issuer.accessToken(current,
                                authenticatedAt == null ? Instant.EPOCH : authenticatedAt, issuedAt), refresh,
                                issuer.lifetimeSeconds())));
    }

    private static Operator stillAllowed(Operator current, Predicate<Operator> sessionStillValid,
            Supplier<ProblemException> refused) {
        if (current == null || current.disabled || !sessionStillValid.test(current)) {
            throw refused.get();
        }
        return current;
    }

    /** Until the wall clock has passed {@code notBefore}: a timer may wake a hair early by it, so it checks again. */
    private static Uni<Void> waitUntil(Instant notBefore) {
        Duration ahead = Duration.between(Instant.now(), notBefore);
        return ahead.isNegative() || ahead.isZero()
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem()
                        .onItem().delayIt().by(ahead.plusMillis(1))
                        .chain(() -> waitUntil(notBefore));
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
