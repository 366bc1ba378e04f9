package org.hotspot.auth.service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.Operator;
import org.hotspot.auth.repository.OperatorRepository;
import org.hotspot.auth.repository.RefreshTokenRepository;
import org.hotspot.common.security.Caller;
import org.hotspot.events.audit.AuditEntry.Result;

/**
 * Any operator, whatever their role, changes their own password by proving the current one. A
 * stolen access token alone is not enough, and guesses at the current password count towards the
 * login throttle like failed logins. Every session of the operator ends, this one included: whoever
 * held the old password must not keep a way in.
 */
@ApplicationScoped
public class PasswordChange {

    private final OperatorRepository operators;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuthAudit audit;
    private final AccessTokenRevocations revocations;

    public PasswordChange(OperatorRepository operators, RefreshTokenRepository refreshTokens, PasswordHasher hasher,
            LoginThrottle throttle, AuthAudit audit, AccessTokenRevocations revocations) {
        this.revocations = revocations;
        this.operators = operators;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
    }

    public Uni<Void> change(Caller caller, String currentPassword, String newPassword) {
        String address = caller.clientAddress();
        // Whoever holds the operator's token is no stranger: a budget of its own, not the one attackers spend.
        LoginThrottle.Client client = new LoginThrottle.Client(address, "operator:" + caller.operatorId());
        return throttle.admit(caller.username(), client)
                .chain(() -> caller(caller))
                .invoke(operator -> acceptable(operator, currentPassword, newPassword))
                .call(operator -> proveCurrent(operator, currentPassword, address))
                .chain(operator -> store(operator, newPassword))
                .call(operator -> refreshTokens.revokeOperator(operator.id, Instant.now()))
                .call(operator -> revocations.revoke(operator.id, operator.organizationId, "password-changed"))
                .call(operator -> throttle.recordSuccess(operator.username, client))
                .call(operator -> audit.record(operator.organizationId, operator.username, "PASSWORD_CHANGED",
                        "operator", operator.id, address, Result.SUCCESS, null))
                .replaceWithVoid();
    }

    private Uni<Operator> caller(Caller caller) {
        return operators.findById(caller.operatorId())
                .onItem().ifNull().failWith(() -> AuthProblems.notFound("operator", caller.operatorId()));
    }

    private static void acceptable(Operator operator, String currentPassword, String newPassword) {
        PasswordPolicy.check(operator.username, newPassword);
        if (newPassword.equals(currentPassword)) {
            throw AuthProblems.weakPassword("The new password must differ from the current one");
        }
    }

    private Uni<Void> proveCurrent(Operator operator, String currentPassword, String address) {
        return hasher.verify(currentPassword, operator.passwordHash)
                .chain(matches -> matches
                        ? Uni.createFrom().voidItem()
                        : audit.record(operator.organizationId, operator.username, "PASSWORD_CHANGED", "operator",
                                operator.id, address, Result.FAILURE, "wrong current password")
                                .chain(() -> Uni.createFrom().failure(AuthProblems.wrongCurrentPassword())));
    }

    /** Hashed on a worker thread; refresh tokens issued before now are refused from here on. */
    private Uni<Operator> store(Operator operator, String newPassword) {
        return hasher.hash(newPassword)
                .chain(hash -> operators.updateFields(
                        Filters.and(Filters.eq("_id", operator.id), Filters.eq("disabled", false)),
                        Updates.set("passwordHash", hash), Updates.set("sessionsValidAfter", Instant.now())))
                .onItem().ifNull().failWith(() -> AuthProblems.forbidden("This operator is disabled"));
    }
}
