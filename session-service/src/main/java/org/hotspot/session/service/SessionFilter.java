package org.hotspot.session.service;

import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;

/**
 * Which sessions a listing keeps besides its organization, voucher and state: those of one router,
 * and those started within {@code [from, to)}. Each part may be null.
 */
public record SessionFilter(String routerId, Instant from, Instant to) {

    /** Every session. */
    public static final SessionFilter NONE = new SessionFilter(null, null, null);

    public boolean none() {
        return routerId == null && from == null && to == null;
    }

    public boolean matches(String sessionRouterId, Instant startedAt) {
        return (routerId == null || routerId.equals(sessionRouterId))
                && (from == null || (startedAt != null && !startedAt.isBefore(from)))
                && (to == null || (startedAt != null && startedAt.isBefore(to)));
    }

    /** The same as MongoDB conditions, to add to a query's. */
    public List<Bson> conditions() {
        List<Bson> conditions = new ArrayList<>();
        if (routerId != null) {
            conditions.add(Filters.eq("routerId", routerId));
        }
        if (from != null) {
            conditions.add(Filters.gte("startedAt", from));
        }
        if (to != null) {
            conditions.add(Filters.lt("startedAt", to));
        }
        return conditions;
    }
}
