package org.hotspot.voucher.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import org.bson.conversions.Bson;
import com.mongodb.client.model.Indexes;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.hotspot.voucher.Profile;

/** Profiles, always read within one organization: another organization's profile looks absent. */
@ApplicationScoped
public class ProfileRepository implements ReactivePanacheMongoRepositoryBase<Profile, String> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("organizationId", "nameKey"), new IndexOptions().unique(true))
                .await().atMost(Duration.ofSeconds(30));
    }

    /** The stored plans among these ids, of any organization: the caller checks whose each is. */
    public Uni<List<Profile>> byIds(Collection<String> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : mongoCollection().find(Filters.in("_id", ids)).collect().asList();
    }

    /**
     * The profile if it is the organization's. Found by {@code _id} alone, the organization checked
     * here: the embedded MongoDB uses an index only for a query naming exactly its fields.
     */
    public Uni<Profile> findInOrganization(String organizationId, String id) {
        return findById(id)
                .map(found -> found != null && organizationId.equals(found.organizationId) ? found : null);
    }

    public Uni<List<Profile>> listByOrganization(String organizationId) {
        return find("organizationId", Sort.ascending("nameKey"), organizationId).list();
    }

    /**
     * Sets fields of one profile of the organization in a single atomic update, so a concurrent
     * change to other fields (a retire racing an edit) is never overwritten with a stale copy; the
     * profile after the update, or null when it is not in the organization.
     */
    public Uni<Profile> setFields(String organizationId, String id, List<Bson> changes) {
        List<Bson> all = new ArrayList<>(changes);
        all.add(Updates.set("updatedAt", Instant.now()));
        return mongoCollection().findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.eq("organizationId", organizationId)),
                Updates.combine(all), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    /**
     * Like {@link #setFields}, only if the profile was not changed since it was read (its
     * {@code updatedAt} is still the one read): an edit merged into what was read never overwrites
     * another edit made meanwhile. Null when the profile changed or is not in the organization.
     */
    public Uni<Profile> setFieldsIfUnchanged(String organizationId, String id, Instant readAt, List<Bson> changes) {
        List<Bson> all = new ArrayList<>(changes);
        all.add(Updates.set("updatedAt", Instant.now()));
        return mongoCollection().findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.eq("organizationId", organizationId),
                        Filters.eq("updatedAt", readAt)),
                Updates.combine(all), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    /** Deletes the profile if it is in the organization; whether it did. */
    public Uni<Boolean> deleteInOrganization(String organizationId, String id) {
        return delete("_id = ?1 and organizationId = ?2", id, organizationId).map(count -> count > 0);
    }
}
