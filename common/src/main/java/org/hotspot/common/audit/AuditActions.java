package org.hotspot.common.audit;

import java.util.Set;
import java.util.TreeSet;

/**
 * Every action the services record through {@link AuditLog}, for the audit API to name when asked
 * for one that does not exist (a typo would otherwise answer an empty page, as if nothing happened).
 * A service that records a new action adds it here; auth-service also accepts any action already
 * in an organization's log, so a newer service's action can be searched before this list knows it.
 */
public final class AuditActions {

    public static final Set<String> KNOWN = Set.of(
            // auth-service
            "LOGIN_SUCCEEDED", "LOGIN_FAILED", "LOGGED_OUT", "REFRESH_TOKEN_REUSED", "TOTP_ENABLED", "TOTP_RESET",
            "OPERATOR_CREATED", "OPERATOR_DISABLED", "OPERATOR_ENABLED", "ROLE_CHANGED", "PASSWORD_RESET",
            "PASSWORD_CHANGED", "SIGNING_KEY_ROTATED", "ORGANIZATION_CREATED", "ORGANIZATION_UPDATED",
            "LOGIN_ATTACK_SUSPECTED",
            // voucher-service
            "PROFILE_CREATED", "PROFILE_UPDATED", "PROFILE_RETIRED", "PROFILE_DELETED", "BATCH_CREATED",
            "BATCH_EXPORTED", "CARDS_PRINTED", "RESELLER_GRANTED", "VOUCHER_ACTIVATED", "VOUCHER_EXHAUSTED",
            "VOUCHER_EXPIRED", "VOUCHER_REVOKED", "VOUCHER_DISABLED", "VOUCHER_ENABLED",
            // session-service
            "SESSION_DISCONNECTED",
            // router-gateway
            "ROUTER_CREATED", "ROUTER_UPDATED", "ROUTER_DELETED", "ROUTER_ADDRESS_SHARED");

    private AuditActions() {
    }

    /** The known actions in alphabetical order, for an answer a person reads. */
    public static String listed() {
        return String.join(", ", new TreeSet<>(KNOWN));
    }
}
