package org.hotspot.voucher;

import java.util.List;
import java.util.Objects;
import org.bson.Document;

/**
 * One version of a profile's terms: what a voucher sold with it grants. Name, price and currency
 * are not terms: they matter when a batch is made, never to a voucher already sold.
 */
public class PlanTerms {

    public long version;
    public Long timeQuotaSeconds;
    public Long validitySeconds;
    public Long dataQuotaBytes;
    public Long uploadQuotaBytes;
    public Long downloadQuotaBytes;
    public String rateLimit;
    public int sharedUsers;
    public boolean macLock;
    public Long idleTimeoutSeconds;
    public List<String> sites;

    public static PlanTerms of(Profile p) {
        PlanTerms terms = new PlanTerms();
        terms.version = p.termsVersion;
        terms.timeQuotaSeconds = p.timeQuotaSeconds;
        terms.validitySeconds = p.validitySeconds;
        terms.dataQuotaBytes = p.dataQuotaBytes;
        terms.uploadQuotaBytes = p.uploadQuotaBytes;
        terms.downloadQuotaBytes = p.downloadQuotaBytes;
        terms.rateLimit = p.rateLimit;
        terms.sharedUsers = p.sharedUsers;
        terms.macLock = p.macLock;
        terms.idleTimeoutSeconds = p.idleTimeoutSeconds;
        terms.sites = p.sites == null ? List.of() : p.sites;
        return terms;
    }

    /** As stored in {@link Profile#pastTerms}. */
    public Document toDocument() {
        return new Document("version", version)
                .append("timeQuotaSeconds", timeQuotaSeconds)
                .append("validitySeconds", validitySeconds)
                .append("dataQuotaBytes", dataQuotaBytes)
                .append("uploadQuotaBytes", uploadQuotaBytes)
                .append("downloadQuotaBytes", downloadQuotaBytes)
                .append("rateLimit", rateLimit)
                .append("sharedUsers", sharedUsers)
                .append("macLock", macLock)
                .append("idleTimeoutSeconds", idleTimeoutSeconds)
                .append("sites", sites);
    }

    /** Whether a voucher would be granted the same under both, whatever their versions. */
    public boolean grantsAs(PlanTerms other) {
        return Objects.equals(timeQuotaSeconds, other.timeQuotaSeconds)
                && Objects.equals(validitySeconds, other.validitySeconds)
                && Objects.equals(dataQuotaBytes, other.dataQuotaBytes)
                && Objects.equals(uploadQuotaBytes, other.uploadQuotaBytes)
                && Objects.equals(downloadQuotaBytes, other.downloadQuotaBytes)
                && Objects.equals(rateLimit, other.rateLimit)
                && sharedUsers == other.sharedUsers
                && macLock == other.macLock
                && Objects.equals(idleTimeoutSeconds, other.idleTimeoutSeconds)
                && Objects.equals(sites, other.sites);
    }
}
