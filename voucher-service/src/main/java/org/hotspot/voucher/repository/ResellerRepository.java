package org.hotspot.voucher.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.hotspot.common.mongo.OrganizationScoped;
import org.hotspot.voucher.Reseller;

/** Resellers' allowances and credit. Paying is a single conditional update: credit never goes below zero. */
@ApplicationScoped
public class ResellerRepository implements OrganizationScoped<Reseller, String> {

    public Uni<List<Reseller>> listByOrganization(String organizationId) {
        return list(ORGANIZATION_ID, organizationId);
    }

    /** The organization's reseller of this username, or null. */
    public Uni<Reseller> findByUsername(String organizationId, String username) {
        return findInOrganization(organizationId, Reseller.idOf(organizationId, username));
    }

    /**
     * Takes {@code units} of the currency from the reseller's credit if the profile is allowed, the
     * credit is in that currency and covers it, in one atomic update; the reseller after paying, or
     * null when it did not match.
     */
    public Uni<Reseller> pay(String organizationId, String username, String profileId, String currency, long units) {
        return mongoCollection().findOneAndUpdate(Filters.and(
                Filters.eq("_id", Reseller.idOf(organizationId, username)),
                Filters.eq("allowedProfileIds", profileId),
                Filters.eq("currency", currency),
                Filters.gte("creditUnits", units)),
                Updates.combine(Updates.inc("creditUnits", -units), Updates.set("updatedAt", Instant.now())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    /**
     * Adds (or with a negative amount, takes) credit and sets the allowed profiles. The currency is
     * set only on a new reseller or one with no credit left: credit in another currency would be
     * relabelled, 1,000,000 IQD plus 10 USD becoming 1,000,010 USD. Otherwise the filter matches
     * nothing and the upsert's insert fails on the existing {@code _id} (a duplicate key), which the
     * caller answers as a currency mismatch.
     */
    public Uni<Reseller> upsert(String organizationId, String username, String currency, long addUnits,
            List<String> allowedProfileIds) {
        return mongoCollection().findOneAndUpdate(
                Filters.and(Filters.eq("_id", Reseller.idOf(organizationId, username)),
                        Filters.or(Filters.eq("currency", currency), Filters.eq("creditUnits", 0L))),
                Updates.combine(Updates.setOnInsert("organizationId", organizationId),
                        Updates.setOnInsert("username", username),
                        Updates.set("currency", currency),
                        Updates.inc("creditUnits", addUnits),
                        Updates.set("allowedProfileIds", allowedProfileIds),
                        Updates.set("updatedAt", Instant.now())),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    }

    @Override
    public String organizationOf(Reseller reseller) {
        return reseller.organizationId;
    }
}
