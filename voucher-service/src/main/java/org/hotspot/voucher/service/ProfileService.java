package org.hotspot.voucher.service;

import com.mongodb.MongoWriteException;
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

    public ProfileService(ProfileRepository profiles, ProfileUsage usage, AuditLog audit) {
        this.profiles = profiles;
        this.usage = usage;
        this.audit = audit;
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
     * Replaces the operator's fields. Vouchers already sold keep the limits they were sold with
     * only if the router-gateway reads them at login; that is the profile as it is now, by design:
     * an ISP that lowers a plan's speed lowers it for everyone on the plan.
     */
    public Uni<Profile> update(Caller caller, String id, Fields fields) {
        return get(caller, id)
                .invoke(profile -> {
                    fields.applyTo(profile);
                    profile.nameKey = profile.name.trim().toLowerCase(Locale.ROOT);
                    profile.updatedAt = Instant.now();
                })
                .chain(profiles::update)
                .onFailure(ProfileService::isDuplicateKey).transform(e -> VoucherProblems.duplicateProfileName(id))
                .call(updated -> audited(caller, "PROFILE_UPDATED", updated));
    }

    public Uni<Profile> retire(Caller caller, String id) {
        return get(caller, id)
                .invoke(profile -> {
                    profile.state = ProfileState.RETIRED;
                    profile.updatedAt = Instant.now();
                })
                .chain(profiles::update)
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
        return e instanceof MongoWriteException write && write.getError().getCode() == DUPLICATE_KEY;
    }
}
