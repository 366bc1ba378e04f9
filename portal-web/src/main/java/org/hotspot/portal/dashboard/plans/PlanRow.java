package org.hotspot.portal.dashboard.plans;

import org.hotspot.portal.dashboard.web.Formats;
import org.hotspot.portal.web.Language;

/**
 * A plan as the list shows it, each value written for the page's language; a null quota or limit
 * is unlimited (the template says so in words).
 */
public record PlanRow(String id, String name, String price, String timeQuota, String dataQuota, String validity,
        String rateLimit, String sharedUsers, boolean retired) {

    static PlanRow of(Plan plan, Formats formats, Language language) {
        return new PlanRow(plan.id(), plan.name(), Prices.format(plan.price(), plan.currency(), language),
                plan.timeQuotaSeconds() == null ? null : formats.duration(plan.timeQuotaSeconds()),
                plan.dataQuotaBytes() == null ? null : binary(plan.dataQuotaBytes(), formats),
                plan.validitySeconds() == null ? null : formats.duration(plan.validitySeconds()),
                plan.rateLimit(), formats.number((long) plan.sharedUsers()), plan.retired());
    }

    /**
     * The form takes MB and GB as 2^20 and 2^30 bytes; the list shows the same figure the operator
     * typed (1 GB, not 1.1 GB), so the amount is divided in binary steps and labelled with the
     * language's MB or GB.
     */
    private static String binary(long bytes, Formats formats) {
        return formats.bytes(bytes >= Units.GB.size ? bytes / Units.GB.size * 1_000_000_000L
                + bytes % Units.GB.size * 1_000_000_000L / Units.GB.size
                : bytes / Units.MB.size * 1_000_000L + bytes % Units.MB.size * 1_000_000L / Units.MB.size);
    }
}
