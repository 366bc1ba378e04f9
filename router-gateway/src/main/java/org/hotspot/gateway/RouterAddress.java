package org.hotspot.gateway;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * Which organization a router source address belongs to. Its id is the address, so MongoDB's own
 * unique {@code _id} decides between two registrations racing for a new address. Only a platform
 * admin marks an address shared (carrier NAT); then routers of several organizations sit behind it,
 * told apart by NAS-Identifier.
 */
@MongoEntity(collection = "router_addresses")
public class RouterAddress {

    @BsonId
    public String address;
    /** The organization that registered the first router here; null for an address shared before any router. */
    public String organizationId;
    public boolean shared;

    public static RouterAddress heldBy(String address, String organizationId) {
        RouterAddress held = new RouterAddress();
        held.address = address;
        held.organizationId = organizationId;
        return held;
    }
}
