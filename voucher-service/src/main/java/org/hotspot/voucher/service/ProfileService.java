package org.hotspot.voucher.service;

import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.bson.conversions.Bson;
import org.hotspot.common.audit.AuditLog;
import org.hotspot.common.mongo.MongoErrors;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.events.audit.AuditEntry.Result;
import org.hotspot.voucher.PlanTerms;
import org.hotspot.voucher.Profile;
import org.hotspot.voucher.ProfileState;
import org.hotspot.voucher.VoucherProblems;
import org.hotspot.voucher.repository.ProfileRepository;
import org.hotspot.voucher.repository.ResellerRepository;
import org.hotspot.voucher.repository.VoucherTermsRepository;

/** Profile management, always within the caller's organization. */
@ApplicationScoped
public class ProfileService {

    /** Projections rewritten at once when an edit moves vouchers: a plan may have many thousands. */
    private static final int REDIS_WRITES_AT_ONCE = 16;

    private final ProfileRepository profiles;
    private final ProfileUsage usage;
    private final AuditLog audit;
    private final VoucherCache cache;
    private final VoucherTermsRepository voucherTerms;
    private final ResellerRepository resellers;

    public ProfileService(ProfileRepository profiles, ProfileUsage usage, AuditLog audit, VoucherCache cache,
            VoucherTermsRepository voucherTerms, ResellerRepository resellers) {
        this.profiles = profiles;
        this.usage = usage;
        this.audit = audit;
        this.cache = cache;
        this.voucherTerms = voucherTerms;
        this.resellers = resellers;
    }

    /** The fields an operator sets; {@code id}, organization, state and times are the service's. */
    public interface Fields {
        void applyTo(Profile profile);
    }

    public Uni<Profile> create(Caller caller, Fields fields) {
        Profile profile = new Profile();
        fields.applyTo(profile);
        profile.id = UUID.randomUUID().toString();
        profile.organizationId = caller.organizationId();
        profile.nameKey = profile.name.trim().toLowerCase(Locale.ROOT);
        profile.state = ProfileState.ACTIVE;
        profile.createdAt = Instant.now();
        profile.updatedAt = profile.createdAt;
        return profiles.persist(profile)
                .onFailure(MongoErrors::isDuplicateKey)
                .transform(e -> VoucherProblems.duplicateProfileName(profile.name))
                .call(created -> audited(caller, "PROFILE_CREATED", created));
    }

    /** The organization's profiles; for a reseller, only those they may sell. */
    public Uni<List<Profile>> list(Caller caller) {
        return profiles.listByOrganization(caller.organizationId())
                .chain(all -> sellable(caller)
                        .map(allowed -> allowed == null ? all
                                : all.stream().filter(profile -> allowed.contains(profile.id)).toList()));
    }

    /** A profile of the organization; a reseller finds only those they may sell. */
    public Uni<Profile> get(Caller caller, String id) {
        return profiles.findInOrganization(caller.organizationId(), id)
                .chain(found -> sellable(caller)
                        .map(allowed -> allowed == null || allowed.contains(id) ? found : null))
                .onItem().ifNull().failWith(() -> VoucherProblems.notFound("profile", id));
    }

    /** The ids a reseller may sell, none when no admin granted them any; null for every other role. */
    private Uni<Set<String>> sellable(Caller caller) {
        if (!caller.is(Role.RESELLER)) {
            return Uni.createFrom().nullItem();
        }
        return resellers.findByUsername(caller.organizationId(), caller.username())
                .map(reseller -> reseller == null ? Set.<String>of() : Set.copyOf(reseller.allowedProfileIds));
    }

    /** A profile after an edit, and how many vouchers made before it were given its terms. */
    public record Edited(Profile profile, long vouchersChanged) {
    }

    /**
     * Sets the operator's fields on the profile as it was read, leaving state alone. Changed terms
     * become a new terms version: batches made from now on are sold with it, and vouchers made
     * before keep the version they were sold with unless the scope moves them to it.
     */
    public Uni<Edited> update(Caller caller, Profile read, Fields fields, TermsScope scope) {
        Profile edited = new Profile();
        fields.applyTo(edited);
        PlanTerms before = read.currentTerms();
        boolean newTerms = !PlanTerms.of(edited).grantsAs(before);
        long version = newTerms ? read.termsVersion + 1 : read.termsVersion;
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set("name", edited.name),
                Updates.set("nameKey", edited.name.trim().toLowerCase(Locale.ROOT)),
                Updates.set("price", edited.price),
                Updates.set("currency", edited.currency),
                Updates.set("timeQuotaSeconds", edited.timeQuotaSeconds),
                Updates.set("validitySeconds", edited.validitySeconds),
                Updates.set("dataQuotaBytes", edited.dataQuotaBytes),
                Updates.set("uploadQuotaBytes", edited.uploadQuotaBytes),
                Updates.set("downloadQuotaBytes", edited.downloadQuotaBytes),
                Updates.set("rateLimit", edited.rateLimit),
                Updates.set("sharedUsers", edited.sharedUsers),
                Updates.set("macLock", edited.macLock),
                Updates.set("idleTimeoutSeconds", edited.idleTimeoutSeconds),
                Updates.set("sites", edited.sites),
                Updates.set("termsVersion", version)));
        if (newTerms) {
            changes.add(Updates.push("pastTerms", before.toDocument()));
        }
        return profiles.setFieldsIfUnchanged(caller.organizationId(), read.id, read.updatedAt, changes)
                .onFailure(MongoErrors::isDuplicateKey)
                .transform(e -> VoucherProblems.duplicateProfileName(edited.name))
                .onItem().ifNull().failWith(() -> VoucherProblems.profileEditedMeanwhile(read.id))
                .call(updated -> cache.putPlan(updated, updated.termsVersion))
                .chain(updated -> applied(updated, scope)
                        .map(moved -> new Edited(updated, moved)))
                .call(edit -> audited(caller, "PROFILE_UPDATED", edit.profile(),
                        "terms v" + version + ", applied to " + scope.name().toLowerCase(Locale.ROOT) + ": "
                                + edit.vouchersChanged() + " vouchers"));
    }

    /** Moves the vouchers the scope reaches to the profile's current terms and rewrites their projections. */
    private Uni<Long> applied(Profile profile, TermsScope scope) {
        if (scope == TermsScope.NEW) {
            return Uni.createFrom().item(0L);
        }
        return voucherTerms.move(profile.organizationId, profile.id, scope.only(), profile.termsVersion)
                .call(moved -> voucherTerms.withTerms(profile.organizationId, profile.id, profile.termsVersion)
                        .onItem().transformToUni(cache::put).merge(REDIS_WRITES_AT_ONCE)
                        .collect().last());
    }

    public Uni<Profile> retire(Caller caller, String id) {
        return profiles.setFields(caller.organizationId(), id, List.of(Updates.set("state", ProfileState.RETIRED)))
                .onItem().ifNull().failWith(() -> VoucherProblems.notFound("profile", id))
                .call(retired -> audited(caller, "PROFILE_RETIRED", retired));
    }

    public Uni<Void> delete(Caller caller, String id) {
        return get(caller, id)
                .call(profile -> usage.inUse(caller.organizationId(), id)
                        .invoke(inUse -> {
                            if (inUse) {
                                throw VoucherProblems.profileInUse(id);
                            }
                        }))
                .call(profile -> profiles.deleteInOrganization(caller.organizationId(), id))
                .call(profile -> audited(caller, "PROFILE_DELETED", profile))
                .replaceWithVoid();
    }

    private Uni<Void> audited(Caller caller, String action, Profile profile) {
        return audited(caller, action, profile, profile.name);
    }

    private Uni<Void> audited(Caller caller, String action, Profile profile, String detail) {
        return audit.recordBestEffort(profile.organizationId, caller.username(), action, "profile", profile.id,
                caller.clientAddress(), Result.SUCCESS, detail);
    }
}
