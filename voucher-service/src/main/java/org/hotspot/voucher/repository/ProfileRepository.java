package org.hotspot.voucher.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.bson.conversions.Bson;
import org.hotspot.common.mongo.OrganizationScoped;
import org.hotspot.voucher.Profile;

/** Profiles, always read within one organization: another organization's profile looks absent. */
@ApplicationScoped
public class ProfileRepository implements OrganizationScoped<Profile, String> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("organizationId", "nameKey"), new IndexOptions().unique(true))
                .await().atMost(Duration.ofSeconds(30));
    }

    /** The stored plans among these ids, of any organization: the caller checks whose each is. */
    public Uni<List<Profile>> byIds(Collection<String> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : mongoCollection().find(Filters.in("_id", ids)).collect().asList();
    }

    public Uni<List<Profile>> listByOrganization(String organizationId) {
        return findByOrganization(organizationId, Sort.ascending("nameKey")).list();
    }

    /**
     * Like {@link #setFields}, only if the profile was not changed since it was read (its
     * {@code updatedAt} is still the one read): an edit merged into what was read never overwrites
     * another edit made meanwhile. Null when the profile changed or is not in the organization.
     */
    public Uni<Profile> setFieldsIfUnchanged(String organizationId, String id, Instant readAt, List<Bson> changes) {
        return setFieldsWhere(Filters.and(Filters.eq("_id", id), Filters.eq(ORGANIZATION_ID, organizationId),
                Filters.eq("updatedAt", readAt)), changes);
    }

    @Override
    public String organizationOf(Profile profile) {
        return profile.organizationId;
    }
}
