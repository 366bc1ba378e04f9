package org.hotspot.common.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;

/**
 * A repository of documents that each belong to one organization, named in their
 * {@value #ORGANIZATION_ID} field: the reads and writes operators make are scoped to it, so another
 * organization's document looks absent. A repository says whose a document is; the scoped reads and
 * writes are the same everywhere.
 *
 * @param <E> the document
 * @param <I> its id
 */
public interface OrganizationScoped<E, I> extends ReactivePanacheMongoRepositoryBase<E, I> {

    /** The field naming a document's organization. */
    String ORGANIZATION_ID = "organizationId";

    /** The organization the document belongs to. */
    String organizationOf(E document);

    /** The document when it is the organization's; otherwise null, as if there were none. */
    default E visibleTo(String organizationId, E document) {
        return document != null && organizationId.equals(organizationOf(document)) ? document : null;
    }

    /**
     * The document if it is the organization's, else null. Found by {@code _id} alone, the
     * organization checked here: the embedded MongoDB uses an index only for a query naming exactly
     * its fields.
     */
    default Uni<E> findInOrganization(String organizationId, I id) {
        return findById(id).map(found -> visibleTo(organizationId, found));
    }

    /** The organization's documents in this order, to page through or list. */
    default ReactivePanacheQuery<E> findByOrganization(String organizationId, Sort order) {
        return find(ORGANIZATION_ID, order, organizationId);
    }

    /** Deletes the document if it is the organization's; whether it did. */
    default Uni<Boolean> deleteInOrganization(String organizationId, I id) {
        return delete("_id = ?1 and " + ORGANIZATION_ID + " = ?2", id, organizationId).map(count -> count > 0);
    }

    /**
     * Sets fields of one document of the organization in a single atomic update, so a concurrent
     * change to other fields is never overwritten with a stale copy; the document after the update,
     * or null when it is not in the organization.
     */
    default Uni<E> setFields(String organizationId, I id, List<Bson> changes) {
        return setFieldsWhere(Filters.and(Filters.eq("_id", id), Filters.eq(ORGANIZATION_ID, organizationId)), changes);
    }

    /**
     * Sets fields, and {@code updatedAt} to now, of the one document {@code guard} matches, in a
     * single atomic update; the document after the update, or null when the guard matched none.
     */
    default Uni<E> setFieldsWhere(Bson guard, List<Bson> changes) {
        List<Bson> all = new ArrayList<>(changes);
        all.add(Updates.set("updatedAt", Instant.now()));
        return mongoCollection().findOneAndUpdate(guard, Updates.combine(all),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }
}
