package org.hotspot.portal.service;

import java.util.Set;

/**
 * The reasons a login page can give, by the codes router-gateway's Reply-Messages and
 * voucher-service's precheck end in (RejectReason's wire forms), plus the portal's own. Each has a
 * text in the message bundle; a code not in this list is shown as a failed login.
 */
final class Reasons {

    static final String FAILED = "failed";

    private static final Set<String> KNOWN = Set.of("unknown", "expired", "exhausted", "revoked", "disabled",
            "device-limit", "mac-mismatch", "wrong-site", "throttled", "too-many-attempts", "empty-code", FAILED);

    private Reasons() {
    }

    /** The code when a page has a text for it, else {@link #FAILED}. */
    static String known(String code) {
        return code != null && KNOWN.contains(code) ? code : FAILED;
    }
}
