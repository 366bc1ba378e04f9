package org.hotspot.voucher.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.bson.conversions.Bson;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.voucher.Voucher;

/**
 * Which version of its profile's terms each voucher grants: moved only when an operator applies a
 * plan edit to vouchers already made.
 */
@ApplicationScoped
public class VoucherTermsRepository {

    private final VoucherRepository vouchers;

    public VoucherTermsRepository(VoucherRepository vouchers) {
        this.vouchers = vouchers;
    }

    /**
     * Gives the profile's vouchers (only those in {@code state} when it is not null) the terms
     * version, in one update; how many changed. Each changed voucher's version is bumped, so a login
     * decided on the old terms at that moment loses its write and is decided again.
     */
    public Uni<Long> move(String organizationId, String profileId, VoucherState state, long termsVersion) {
        Bson ofProfile = Filters.and(Filters.eq("organizationId", organizationId), Filters.eq("profileId", profileId),
                Filters.ne("termsVersion", termsVersion));
        Bson filter = state == null ? ofProfile : Filters.and(ofProfile, Filters.eq("state", state.name()));
        return vouchers.mongoCollection().updateMany(filter, Updates.combine(
                Updates.set("termsVersion", termsVersion),
                Updates.inc("version", 1L),
                Updates.set("updatedAt", Instant.now())))
                .map(result -> result.getModifiedCount());
    }

    /** The profile's vouchers that grant this terms version. */
    public Multi<Voucher> withTerms(String organizationId, String profileId, long termsVersion) {
        return vouchers.mongoCollection().find(Filters.and(Filters.eq("organizationId", organizationId),
                Filters.eq("profileId", profileId), Filters.eq("termsVersion", termsVersion)));
    }
}
