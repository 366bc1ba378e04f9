package org.hotspot.voucher;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A plan an ISP sells, such as "1 day, 2 GB, 4 Mbit/s". A null quota or limit means unlimited.
 * A profile that vouchers were made from is never deleted, only retired: no new batches use it,
 * and the vouchers already sold keep working.
 *
 * <p>The fields below are the plan as sold today, its terms version {@link #termsVersion}. Every
 * edit of the terms makes a new version and keeps the previous ones in {@link #pastTerms}: a
 * voucher is decided on the version it was made with, unless the operator applied an edit to it.
 */
@MongoEntity(collection = "profiles")
public class Profile {

    @BsonId
    public String id;
    public String organizationId;
    public String name;
    /** Lower-cased name, unique within the organization. */
    public String nameKey;
    public BigDecimal price;
    /** ISO 4217. */
    public String currency;
    /** Online time the voucher buys, counted across all its sessions. */
    public Long timeQuotaSeconds;
    /** Wall-clock time from first use until the voucher expires, used or not. */
    public Long validitySeconds;
    /** Total bytes up and down; or the directions apart, below. */
    public Long dataQuotaBytes;
    public Long uploadQuotaBytes;
    public Long downloadQuotaBytes;
    /** MikroTik rate-limit form, canonical (see {@link RateLimit}). */
    public String rateLimit;
    /** Devices online at once with one voucher. */
    public int sharedUsers;
    /** Bind the voucher to the first device that uses it. */
    public boolean macLock;
    public Long idleTimeoutSeconds;
    /** Sites the voucher works at; empty means every site of the organization. */
    public List<String> sites;
    public ProfileState state;
    /** The version of the terms above; 0 until the terms are first edited. */
    public long termsVersion;
    /** Earlier versions of the terms that vouchers may still hold. */
    public List<PlanTerms> pastTerms = new ArrayList<>();
    public Instant createdAt;
    public Instant updatedAt;

    /** The terms as they are now. */
    public PlanTerms currentTerms() {
        return PlanTerms.of(this);
    }

    /**
     * The terms of one version; the current ones for a version not kept (which only a voucher
     * written by hand could hold).
     */
    public PlanTerms terms(long version) {
        if (version != termsVersion && pastTerms != null) {
            for (PlanTerms past : pastTerms) {
                if (past.version == version) {
                    return past;
                }
            }
        }
        return currentTerms();
    }
}
