package org.hotspot.portal.dashboard.plans;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A plan as voucher-service's {@code /api/profiles} answers it (its {@code ProfileView}). Null
 * quotas and limits are unlimited.
 *
 * @param state           {@code ACTIVE} or {@code RETIRED}
 * @param vouchersChanged in the answer to an edit, how many existing vouchers took the new terms
 */
public record Plan(String id, String name, BigDecimal price, String currency, Long timeQuotaSeconds,
        Long validitySeconds, Long dataQuotaBytes, String rateLimit, int sharedUsers, boolean macLock,
        List<String> sites, String state, long termsVersion, Long vouchersChanged, Instant createdAt,
        Instant updatedAt) {

    public boolean retired() {
        return "RETIRED".equals(state);
    }
}
