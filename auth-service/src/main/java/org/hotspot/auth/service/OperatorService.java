package org.hotspot.auth.service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.Operator;
import org.hotspot.auth.repository.OperatorRepository;
import org.hotspot.auth.repository.OrganizationRepository;
import org.hotspot.auth.repository.RefreshTokenRepository;
import org.hotspot.common.mongo.MongoErrors;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.events.audit.AuditEntry.Result;

/**
 * Operator management. A platform admin manages every organization's operators; an org admin only
 * their own organization's, and can never grant the platform admin role. Another organization's
 * operator is answered as not found, so its existence is not revealed.
 */
@ApplicationScoped
public class OperatorService {

    private final OperatorRepository operators;
    private final OrganizationRepository organizations;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final AuthAudit audit;
    private final AccessTokenRevocations revocations;
    private final RecentAuthentication recentAuthentication;

    public OperatorService(OperatorRepository operators, OrganizationRepository organizations,
            RefreshTokenRepository refreshTokens, PasswordHasher hasher, AuthAudit audit,
            AccessTokenRevocations revocations, RecentAuthentication recentAuthentication) {
        this.revocations = revocations;
        this.recentAuthentication = recentAuthentication;
        this.operators = operators;
        this.organizations = organizations;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.audit = audit;
    }

    /** What a new operator needs; {@code organizationId} is honoured for platform admins only. */
    public record NewOperator(String username, String password, Role role, String organizationId) {
    }

    public Uni<Operator> create(Caller caller, NewOperator request) {
        String organizationId = targetOrganization(caller, request.organizationId());
        String username = LoginService.normalize(request.username());
        mayGrant(caller, request.role());
        PasswordPolicy.check(username, request.password());
        recentAuthentication.require(caller);
        return organizations.findById(organizationId)
                .onItem().ifNull().failWith(() -> AuthProblems.notFound("organization", organizationId))
                .chain(organization -> hasher.hash(request.password()))
                .map(hash -> newOperator(organizationId, username, request.role(), hash))
                .chain(operators::persist)
                .onFailure(MongoErrors::isDuplicateKey)
                .transform(e -> AuthProblems.conflict("The username " + username + " is taken"))
                .call(created -> audit(caller, "OPERATOR_CREATED", created, "role " + created.role));
    }

    public Uni<List<Operator>> list(Caller caller, String organizationId) {
        return operators.listByOrganization(targetOrganization(caller, organizationId));
    }

    public Uni<Operator> get(Caller caller, String id) {
        Uni<Operator> found = caller.is(Role.PLATFORM_ADMIN)
                ? operators.findById(id)
                : operators.findInOrganization(caller.organizationId(), id);
        return found.onItem().ifNull().failWith(() -> AuthProblems.notFound("operator", id));
    }

    public Uni<Operator> setDisabled(Caller caller, String id, boolean disabled) {
        return get(caller, id)
                .invoke(operator -> notSelf(caller, operator, "disable or enable"))
                .invoke(operator -> mayManage(caller, operator))
                .chain(operator -> disabled
                        ? operators.updateFields(Filters.eq("_id", operator.id), Updates.set("disabled", true),
                                Updates.set("sessionsValidAfter", Instant.now()))
                        : operators.updateFields(Filters.eq("_id", operator.id), Updates.set("disabled", false)))
                .call(operator -> disabled
                        ? refreshTokens.revokeOperator(operator.id, Instant.now())
                                .chain(() -> revocations.revoke(operator.id, operator.organizationId, "disabled"))
                        : Uni.createFrom().voidItem())
                .call(operator -> audit(caller, disabled ? "OPERATOR_DISABLED" : "OPERATOR_ENABLED", operator, null));
    }

    /**
     * Granting an admin role hands out a way in, so it needs a recent login like creating an admin.
     * Any change voids the operator's access tokens: a demoted admin's role in a live token ends at once.
     */
    public Uni<Operator> changeRole(Caller caller, String id, Role role) {
        mayGrant(caller, role);
        return get(caller, id)
                .invoke(operator -> notSelf(caller, operator, "change the role of"))
                .invoke(operator -> mayManage(caller, operator))
                .invoke(() -> requireRecentLoginToGrant(caller, role))
                .chain(operator -> operators.updateFields(Filters.eq("_id", operator.id), Updates.set("role", role))
                        .call(updated -> revocations.revoke(updated.id, updated.organizationId, "role-changed"))
                        .call(updated -> audit(caller, "ROLE_CHANGED", updated, operator.role + " -> " + role)));
    }

    private void requireRecentLoginToGrant(Caller caller, Role role) {
        if (role == Role.ORG_ADMIN || role == Role.PLATFORM_ADMIN) {
            recentAuthentication.require(caller);
        }
    }

    /** An admin sets a new password; the operator's sessions end. */
    public Uni<Operator> resetPassword(Caller caller, String id, String password) {
        return get(caller, id)
                .invoke(operator -> mayManage(caller, operator))
                .invoke(operator -> PasswordPolicy.check(operator.username, password))
                .invoke(() -> recentAuthentication.require(caller))
                .chain(operator -> hasher.hash(password)
                        .chain(hash -> operators.updateFields(Filters.eq("_id", operator.id),
                                Updates.set("passwordHash", hash), Updates.set("sessionsValidAfter", Instant.now()))))
                .call(operator -> refreshTokens.revokeOperator(operator.id, Instant.now()))
                .call(operator -> revocations.revoke(operator.id, operator.organizationId, "password-reset"))
                .call(operator -> audit(caller, "PASSWORD_RESET", operator, null));
    }

    /** A lost authenticator: an admin removes the second factor so the operator can enrol again. */
    public Uni<Operator> resetTotp(Caller caller, String id) {
        return get(caller, id)
                .invoke(operator -> mayManage(caller, operator))
                .invoke(() -> recentAuthentication.require(caller))
                .chain(operator -> operators.updateFields(Filters.eq("_id", operator.id),
                        Updates.unset("totpSecret"), Updates.set("totpEnabled", false),
                        Updates.set("totpLastStep", 0L)))
                .call(operator -> revocations.revoke(operator.id, operator.organizationId, "totp-reset"))
                .call(operator -> audit(caller, "TOTP_RESET", operator, null));
    }

    /** Only platform admins may name another organization; everyone else works in their own. */
    private static String targetOrganization(Caller caller, String requested) {
        if (requested == null || requested.isBlank() || requested.equals(caller.organizationId())) {
            return caller.organizationId();
        }
        if (caller.is(Role.PLATFORM_ADMIN)) {
            return requested;
        }
        throw AuthProblems.notFound("organization", requested);
    }

    private static void mayGrant(Caller caller, Role role) {
        if (role == Role.PLATFORM_ADMIN && !caller.is(Role.PLATFORM_ADMIN)) {
            throw AuthProblems.forbidden("Only a platform admin can grant the platform admin role");
        }
    }

    private static void mayManage(Caller caller, Operator operator) {
        if (operator.role == Role.PLATFORM_ADMIN && !caller.is(Role.PLATFORM_ADMIN)) {
            throw AuthProblems.forbidden("Only a platform admin can manage a platform admin");
        }
    }

    /** An admin who disables or demotes themselves can lock the organization out. */
    private static void notSelf(Caller caller, Operator operator, String what) {
        if (operator.id.equals(caller.operatorId())) {
            throw AuthProblems.conflict("You cannot " + what + " yourself");
        }
    }

    private static Operator newOperator(String organizationId, String username, Role role, String hash) {
        Operator operator = new Operator();
        operator.id = UUID.randomUUID().toString();
        operator.organizationId = organizationId;
        operator.username = username;
        operator.role = role;
        operator.passwordHash = hash;
        operator.createdAt = Instant.now();
        operator.updatedAt = operator.createdAt;
        return operator;
    }

    private Uni<Void> audit(Caller caller, String action, Operator operator, String detail) {
        return audit.record(operator.organizationId, caller.username(), action, "operator", operator.id,
                caller.clientAddress(), Result.SUCCESS, detail);
    }
}
