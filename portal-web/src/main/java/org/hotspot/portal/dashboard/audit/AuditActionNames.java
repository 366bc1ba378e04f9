package org.hotspot.portal.dashboard.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The actions the services record, grouped as the action filter offers them, each with the
 * {@link AuditMessages} key of its name ({@code ROUTER_CREATED} is {@code actionRouterCreated}).
 * An action not listed here (a newer service's) is shown as its code.
 */
final class AuditActionNames {

    /** Group key to its actions, in the order the filter lists them. */
    static final Map<String, List<String>> GROUPS = groups();

    private AuditActionNames() {
    }

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("groupSignIn", List.of("LOGIN_SUCCEEDED", "LOGIN_FAILED", "LOGGED_OUT", "LOGIN_ATTACK_SUSPECTED",
                "REFRESH_TOKEN_REUSED", "TOTP_ENABLED", "TOTP_RESET", "PASSWORD_CHANGED", "PASSWORD_RESET"));
        groups.put("groupPeople", List.of("OPERATOR_CREATED", "OPERATOR_DISABLED", "OPERATOR_ENABLED", "ROLE_CHANGED",
                "ORGANIZATION_CREATED", "ORGANIZATION_UPDATED", "SIGNING_KEY_ROTATED", "RESELLER_GRANTED"));
        groups.put("groupPlans", List.of("PROFILE_CREATED", "PROFILE_UPDATED", "PROFILE_RETIRED", "PROFILE_DELETED",
                "BATCH_CREATED", "BATCH_EXPORTED", "CARDS_PRINTED"));
        groups.put("groupVouchers", List.of("VOUCHER_ACTIVATED", "VOUCHER_EXHAUSTED", "VOUCHER_EXPIRED",
                "VOUCHER_REVOKED", "VOUCHER_DISABLED", "VOUCHER_ENABLED", "SESSION_DISCONNECTED"));
        groups.put("groupRouters", List.of("ROUTER_CREATED", "ROUTER_UPDATED", "ROUTER_DELETED",
                "ROUTER_ADDRESS_SHARED"));
        return groups;
    }

    /** Whether the filter offers it. */
    static boolean known(String action) {
        return action != null && GROUPS.values().stream().anyMatch(actions -> actions.contains(action));
    }

    /** Its name's key: {@code actionRouterCreated}; null for an action not listed. */
    static String key(String action) {
        if (!known(action)) {
            return null;
        }
        StringBuilder key = new StringBuilder("action");
        for (String word : action.split("_")) {
            key.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }
}
