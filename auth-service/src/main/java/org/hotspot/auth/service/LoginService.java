package org.hotspot.auth.service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;
import org.hotspot.auth.AuthProblems;
import org.hotspot.auth.Operator;
import org.hotspot.auth.Organization;
import org.hotspot.auth.repository.OperatorRepository;
import org.hotspot.auth.repository.OrganizationRepository;
import org.hotspot.common.crypto.SecretBox;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.events.audit.AuditEntry.Result;

/**
 * Login with username, password and, where enrolled or required, a TOTP code. Every way of failing
 * answers the same 401 after the same work, so an attacker learns nothing about which usernames
 * exist; failures are counted for throttling, audited, and watched for attacks.
 */
@ApplicationScoped
public class LoginService {

    private final OperatorRepository operators;
    private final OrganizationRepository organizations;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final AuthAudit audit;
    private final SecretBox secrets;
    private final DeviceTokens devices;
    private final LoginAlerts alerts;

    public LoginService(OperatorRepository operators, OrganizationRepository organizations, PasswordHasher hasher,
            LoginThrottle throttle, Sessions sessions, AuthAudit audit, SecretBox secrets, DeviceTokens devices,
            LoginAlerts alerts) {
        this.secrets = secrets;
        this.devices = devices;
        this.alerts = alerts;
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

    /** {@code deviceToken}, when the client has one, is from an earlier successful login (see {@link DeviceTokens}). */
    public Uni<Tokens> login(String username, String password, String totpCode, String address, String deviceToken) {
        String name = normalize(username);
        LoginThrottle.Client client = new LoginThrottle.Client(address, devices.recognise(deviceToken, name));
        return throttle.admit(name, client)
                .chain(() -> authenticate(name, password))
                .chain(attempt -> attempt.succeeded()
                        ? secondFactor(attempt.operator(), totpCode, address)
                        : failed(name, attempt.operator(), address, "wrong username or password"))
                .chain(operator -> succeeded(operator, client));
    }

    /**
     * Starts TOTP enrolment for an operator who proves their password: a new secret, confirmed by
     * the first login that presents a code from it.
     */
    public Uni<Enrolment> enrolTotp(String username, String password, String address) {
        String name = normalize(username);
        LoginThrottle.Client client = new LoginThrottle.Client(address, null);
        return throttle.admit(name, client)
                .chain(() -> authenticate(name, password))
                .chain(attempt -> attempt.succeeded()
                        ? startEnrolment(attempt.operator())
                        : failed(name, attempt.operator(), address, "wrong username or password")
                                .replaceWith((Enrolment) null))
                // The password was right: no failed login to count towards the throttle.
                .call(() -> throttle.recordSuccess(name, client));
    }

    /** A pending TOTP enrolment: the secret is shown once, for the authenticator app. */
    public record Enrolment(String secret, String otpauthUri) {
    }

    /** Binds a sealed TOTP seed to its operator: copied onto another operator, it does not open. */
    private static String totpContext(Operator operator) {
        return "operator:" + operator.id + ":totp";
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
        long step = Totp.matchingStep(secrets.open(operator.totpSecret, totpContext(operator)), code.trim(),
                Instant.now());
        if (step < 0) {
            return failed(operator.username, operator, address, "wrong second factor code");
        }
        boolean enrolling = !operator.totpEnabled;
        // One atomic update guarded by the last step: of two logins with the same code, one wins.
        return operators.updateFields(
                Filters.and(Filters.eq("_id", operator.id), Filters.lt("totpLastStep", step),
                        Filters.eq("disabled", false)),
                Updates.set("totpLastStep", step), Updates.set("totpEnabled", true))
                .chain(updated -> updated == null
                        // Said plainly: the password and the code were right, the code is just spent.
                        ? failed(operator.username, operator, address, "reused second factor code",
                                AuthProblems.totpCodeUsed())
                        : enrolled(updated, enrolling, address));
    }

    private Uni<Operator> enrolled(Operator operator, boolean enrolling, String address) {
        return enrolling
                ? audit.record(operator.organizationId, operator.username, "TOTP_ENABLED", "operator", operator.id,
                        address, Result.SUCCESS, null).replaceWith(operator)
                : Uni.createFrom().item(operator);
    }

    private Uni<Enrolment> startEnrolment(Operator operator) {
        String secret = Totp.newSecret();
        // Only while no second factor is on: an enrolled factor is reset by an admin, never replaced here.
        return operators.updateFields(
                Filters.and(Filters.eq("_id", operator.id), Filters.eq("totpEnabled", false),
                        Filters.eq("disabled", false)),
                Updates.set("totpSecret", secrets.seal(secret, totpContext(operator))))
                .onItem().ifNull().failWith(() -> AuthProblems.conflict("A second factor is already enrolled"))
                .map(saved -> new Enrolment(secret, Totp.uri("Hotspot", saved.username, secret)));
    }

    private <T> Uni<T> failed(String username, Operator operator, String address, String why) {
        return failed(username, operator, address, why, AuthProblems.invalidCredentials());
    }

    private <T> Uni<T> failed(String username, Operator operator, String address, String why,
            ProblemException answer) {
        String organization = operator != null ? operator.organizationId : Organization.PLATFORM_ID;
        return alerts.failed(operator, address)
                .chain(() -> audit.record(organization, username.isBlank() ? "(blank)" : username, "LOGIN_FAILED",
                        "operator", operator != null ? operator.id : null, address, Result.FAILURE, why))
                .chain(() -> Uni.createFrom().failure(answer));
    }

    private Uni<Tokens> succeeded(Operator operator, LoginThrottle.Client client) {
        return throttle.recordSuccess(operator.username, client)
                .chain(() -> sessions.start(operator))
                .call(tokens -> audit.record(operator.organizationId, operator.username, "LOGIN_SUCCEEDED",
                        "operator", operator.id, client.address(), Result.SUCCESS, null));
    }
}
