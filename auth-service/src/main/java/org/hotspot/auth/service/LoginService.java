package org.hotspot.auth.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.Operator;
import org.hotspot.auth.Organization;
import org.hotspot.auth.repository.OperatorRepository;
import org.hotspot.auth.repository.OrganizationRepository;
import org.hotspot.events.audit.AuditEntry.Result;

/**
 * Login with username, password and, where enrolled or required, a TOTP code. Every way of failing
 * answers the same 401 after the same work, so an attacker learns nothing about which usernames
 * exist; failures are counted for throttling and audited.
 */
@ApplicationScoped
public class LoginService {

    private final OperatorRepository operators;
    private final OrganizationRepository organizations;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final AuthAudit audit;

    public LoginService(OperatorRepository operators, OrganizationRepository organizations, PasswordHasher hasher,
            LoginThrottle throttle, Sessions sessions, AuthAudit audit) {
        this.operators = operators;
        this.organizations = organizations;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** The operator and whether the password was right; the operator is null when unknown. */
    record Attempt(Operator operator, boolean passwordMatches) {
        boolean succeeded() {
            return operator != null && passwordMatches && !operator.disabled;
        }
    }

    public Uni<Tokens> login(String username, String password, String totpCode, String address) {
        String name = normalize(username);
        return throttle.check(name, address)
                .chain(() -> authenticate(name, password))
                .chain(attempt -> attempt.succeeded()
                        ? secondFactor(attempt.operator(), totpCode, address)
                        : failed(name, attempt.operator(), address, "wrong username or password"))
                .chain(operator -> succeeded(operator, address));
    }

    /**
     * Starts TOTP enrolment for an operator who proves their password: a new secret, confirmed by
     * the first login that presents a code from it.
     */
    public Uni<Enrolment> enrolTotp(String username, String password, String address) {
        String name = normalize(username);
        return throttle.check(name, address)
                .chain(() -> authenticate(name, password))
                .chain(attempt -> attempt.succeeded()
                        ? startEnrolment(attempt.operator())
                        : failed(name, attempt.operator(), address, "wrong username or password")
                                .replaceWith((Enrolment) null));
    }

    /** A pending TOTP enrolment: the secret is shown once, for the authenticator app. */
    public record Enrolment(String secret, String otpauthUri) {
    }

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private Uni<Attempt> authenticate(String username, String password) {
        return operators.findByUsername(username)
                .chain(operator -> hasher.verify(password == null ? "" : password,
                                operator == null ? null : operator.passwordHash)
                        .map(matches -> new Attempt(operator, matches)));
    }

    private Uni<Operator> secondFactor(Operator operator, String code, String address) {
        return organizations.findById(operator.organizationId)
                .chain(organization -> {
                    boolean required = organization != null && organization.requireTotp;
                    if (operator.totpSecret == null) {
                        return required
                                ? Uni.createFrom().failure(AuthProblems.totpEnrolmentRequired())
                                : Uni.createFrom().item(operator);
                    }
                    if (code == null || code.isBlank()) {
                        if (!operator.totpEnabled && !required) {
                            return Uni.createFrom().item(operator);
                        }
                        return Uni.createFrom().failure(AuthProblems.totpRequired());
                    }
                    return checkCode(operator, code, address);
                });
    }

    private Uni<Operator> checkCode(Operator operator, String code, String address) {
        long step = Totp.matchingStep(operator.totpSecret, code.trim(), Instant.now());
        if (step < 0 || step <= operator.totpLastStep) {
            return failed(operator.username, operator, address, "wrong or reused second factor code");
        }
        boolean enrolling = !operator.totpEnabled;
        operator.totpLastStep = step;
        operator.totpEnabled = true;
        operator.updatedAt = Instant.now();
        return operators.update(operator)
                .call(saved -> enrolling
                        ? audit.record(saved.organizationId, saved.username, "TOTP_ENABLED", "operator", saved.id,
                                address, Result.SUCCESS, null)
                        : Uni.createFrom().voidItem());
    }

    private Uni<Enrolment> startEnrolment(Operator operator) {
        if (operator.totpEnabled) {
            return Uni.createFrom().failure(AuthProblems.conflict("A second factor is already enrolled"));
        }
        operator.totpSecret = Totp.newSecret();
        operator.updatedAt = Instant.now();
        return operators.update(operator)
                .map(saved -> new Enrolment(saved.totpSecret, Totp.uri("Hotspot", saved.username, saved.totpSecret)));
    }

    private <T> Uni<T> failed(String username, Operator operator, String address, String why) {
        String organization = operator != null ? operator.organizationId : Organization.PLATFORM_ID;
        return throttle.recordFailure(username, address)
                .chain(() -> audit.record(organization, username.isBlank() ? "(blank)" : username, "LOGIN_FAILED",
                        "operator", operator != null ? operator.id : null, address, Result.FAILURE, why))
                .chain(() -> Uni.createFrom().failure(AuthProblems.invalidCredentials()));
    }

    private Uni<Tokens> succeeded(Operator operator, String address) {
        return throttle.recordSuccess(operator.username)
                .chain(() -> sessions.start(operator))
                .call(tokens -> audit.record(operator.organizationId, operator.username, "LOGIN_SUCCEEDED",
                        "operator", operator.id, address, Result.SUCCESS, null));
    }
}
