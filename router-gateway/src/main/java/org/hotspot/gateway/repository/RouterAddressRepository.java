package org.hotspot.gateway.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotspot.gateway.RouterAddress;

/** Router source addresses and the organization each belongs to; across all organizations, for the platform. */
@ApplicationScoped
public class RouterAddressRepository implements ReactivePanacheMongoRepositoryBase<RouterAddress, String> {

    /** Marks the address shared, whether or not an organization holds it yet. */
    public Uni<Void> share(String address) {
        return mongoCollection().updateOne(Filters.eq("_id", address), Updates.set("shared", true),
                new UpdateOptions().upsert(true))
                .replaceWithVoid();
    }

    /** Gives the address up, unless it is shared or another organization's. */
    public Uni<Void> release(String address, String organizationId) {
        return mongoCollection().deleteOne(Filters.and(Filters.eq("_id", address),
                Filters.eq("organizationId", organizationId), Filters.ne("shared", true)))
                .replaceWithVoid();
    }
}
