package org.hotspot.auth.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.hotspot.auth.Operator;
import org.hotspot.auth.config.AuthConfig;
import org.hotspot.common.security.Role;
import org.hotspot.events.audit.AuditEntry.Result;
import org.jboss.logging.Logger;

/**
 * Tells operators when someone is guessing an account's password: every failed login on an admin
 * account is counted by role ({@code hotspot_auth_login_privileged_failures_total}), and an account
 * whose recent failures pass a threshold (low for admins) raises an alert: a warning, a count
 * ({@code hotspot_auth_login_alerts_total}) and a {@code LOGIN_ATTACK_SUSPECTED} audit event, at
 * most once per account and interval so an attack cannot flood the audit log. Metrics never carry
 * usernames: a tag per username would let an attacker grow the registry without bound.
 */
@ApplicationScoped
public class LoginAlerts {

    private static final Logger LOG = Logger.getLogger(LoginAlerts.class);
    private static final String PREFIX = "auth:login-alert:";
    private static final Set<Role> PRIVILEGED = Set.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN);

    private final LoginThrottle throttle;
    private final ReactiveRedisDataSource redis;
    private final AuthAudit audit;
    private final MeterRegistry meters;
    private final AuthConfig.Login config;

    public LoginAlerts(LoginThrottle throttle, ReactiveRedisDataSource redis, AuthAudit audit, MeterRegistry meters,
            AuthConfig config) {
        this.throttle = throttle;
        this.redis = redis;
        this.audit = audit;
        this.meters = meters;
        this.config = config.login();
    }

    /**
     * A failed login on the operator's account; unknown usernames have no account to protect. An
     * alert that cannot be raised is logged; the login's answer never fails with it.
     */
    public Uni<Void> failed(Operator operator, String address) {
        if (operator == null) {
            return Uni.createFrom().voidItem();
        }
        boolean privileged = PRIVILEGED.contains(operator.role);
        if (privileged) {
            meters.counter("hotspot.auth.login.privileged.failures", "role", operator.role.name()).increment();
        }
        int threshold = privileged ? config.privilegedAlertThreshold() : config.alertThreshold();
        return throttle.recentAttempts(operator.username)
                .chain(attempts -> attempts >= threshold ? alert(operator, attempts, address)
                        : Uni.createFrom().voidItem())
                .onFailure().invoke(e -> LOG.warnf("Cannot raise a login alert: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> alert(Operator operator, long attempts, String address) {
        return redis.execute("SET", PREFIX + operator.username, "1", "NX", "PX",
                Long.toString(config.alertInterval().toMillis()))
                // SET NX answers nothing when the key was there: an alert for this account went out already.
                .chain(set -> set != null ? raise(operator, attempts, address) : Uni.createFrom().voidItem());
    }

    private Uni<Void> raise(Operator operator, long attempts, String address) {
        String role = operator.role == null ? "unknown" : operator.role.name();
        meters.counter("hotspot.auth.login.alerts", "role", role).increment();
        String detail = attempts + " logins of " + operator.username + " (" + role + ") from unknown clients within "
                + config.window() + ", the last from " + address;
        LOG.warnf("Login attack suspected: %s", detail);
        return audit.record(operator.organizationId, operator.username, "LOGIN_ATTACK_SUSPECTED", "operator",
                operator.id, address, Result.FAILURE, detail);
    }
}
