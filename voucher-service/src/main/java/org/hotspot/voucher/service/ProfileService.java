package org.hotspot.voucher.service;

import com.mongodb.MongoException;
import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hotspot.common.audit.AuditLog;
import org.hotspot.common.security.Caller;
import org.hotspot.events.audit.AuditEntry.Result;
import org.hotspot.voucher.Profile;
import org.hotspot.voucher.ProfileState;
import org.hotspot.voucher.VoucherProblems;
import org.hotspot.voucher.repository.ProfileRepository;

/** Profile management, always within the caller's organization. */
@ApplicationScoped
public class ProfileService {

    private static final int DUPLICATE_KEY = 11000;

    private final ProfileRepository profiles;
    private final ProfileUsage usage;
    private final AuditLog audit;
    private final VoucherCache cache;

    public ProfileService(ProfileRepository profiles, ProfileUsage usage, AuditLog audit, VoucherCache cache) {
        this.profiles = profiles;
        this.usage = usage;
        this.audit = audit;
        this.cache = cache;
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
                .onFailure(ProfileService::isDuplicateKey).transform(e -> VoucherProblems.duplicateProfileName(profile.name))
                .call(created -> audited(caller, "PROFILE_CREATED", created));
    }

    public Uni<List<Profile>> list(Caller caller) {
        return profiles.listByOrganization(caller.organizationId());
    }

    public Uni<Profile> get(Caller caller, String id) {
        return profiles.findInOrganization(caller.organizationId(), id)
                .onItem().ifNull().failWith(() -> VoucherProblems.notFound("profile", id));
    }

    /**
     * Sets the operator's fields, leaving state alone. Vouchers already sold get the profile as it
     * is now at their next login, by design: an ISP that lowers a plan's speed lowers it for everyone
     * on the plan.
     */
    public Uni<Profile> update(Caller caller, String id, Fields fields) {
        Profile edited = new Profile();
        fields.applyTo(edited);
        return profiles.setFields(caller.organizationId(), id, List.of(
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
                        Updates.set("sites", edited.sites)))
                .onFailure(ProfileService::isDuplicateKey)
                .transform(e -> VoucherProblems.duplicateProfileName(edited.name))
                .onItem().ifNull().failWith(() -> VoucherProblems.notFound("profile", id))
                .call(cache::putPlan)
                .call(updated -> audited(caller, "PROFILE_UPDATED", updated));
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
        return audit.recordBestEffort(profile.organizationId, caller.username(), action, "profile", profile.id,
                caller.clientAddress(), Result.SUCCESS, profile.name);
    }

    private static boolean isDuplicateKey(Throwable e) {
        // An insert reports it as a write error, a findOneAndUpdate as a command error: both carry the code.
        return e instanceof MongoException mongo && mongo.getCode() == DUPLICATE_KEY;
    }
}
