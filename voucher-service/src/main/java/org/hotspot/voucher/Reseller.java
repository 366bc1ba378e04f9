package org.hotspot.voucher;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * What a reseller may sell: which profiles, and a prepaid credit each batch is paid from. Credit is
 * kept in ten-thousandths of the currency unit so paying is one atomic, exact {@code $inc} that
 * only matches while enough credit is left.
 */
@MongoEntity(collection = "resellers")
public class Reseller {

    /** {@code organizationId:username}. */
    @BsonId
    public String id;
    public String organizationId;
    public String username;
    public String currency;
    public long creditUnits;
    public List<String> allowedProfileIds = new ArrayList<>();
    public Instant updatedAt;

    public static String idOf(String organizationId, String username) {
        return organizationId + ":" + username;
    }
}
