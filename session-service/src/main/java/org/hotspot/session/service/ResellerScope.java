package org.hotspot.session.service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.quarkus.mongodb.FindOptions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.conversions.Bson;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.session.Session;
import org.hotspot.session.SessionState;
import org.hotspot.session.repository.SessionRepository;
import org.hotspot.session.repository.VoucherSellerRepository;

/**
 * What a reseller may see of the organization: the sessions and usage of the vouchers they sold,
 * nothing else. Every other role sees the whole organization.
 */
@ApplicationScoped
public class ResellerScope {

    private final VoucherSellerRepository sellers;
    private final SessionRepository sessions;

    public ResellerScope(VoucherSellerRepository sellers, SessionRepository sessions) {
        this.sellers = sellers;
        this.sessions = sessions;
    }

    /** The ids of the vouchers the caller may see, or null when they see every voucher of the organization. */
    public Uni<Set<String>> visibleVouchers(Caller caller) {
        if (!caller.is(Role.RESELLER)) {
            return Uni.createFrom().nullItem();
        }
        return sellers.soldBy(caller.organizationId(), caller.username());
    }

    /** A page of the sessions of these vouchers of the organization, newest first. */
    public Uni<List<Session>> sessionsOf(String organizationId, Set<String> voucherIds, boolean activeOnly, int page,
            int size) {
        return sessionsOf(organizationId, voucherIds, activeOnly, SessionFilter.NONE, page, size);
    }

    /** The same, of one router or started within a time window as {@code filter} says. */
    public Uni<List<Session>> sessionsOf(String organizationId, Set<String> voucherIds, boolean activeOnly,
            SessionFilter filter, int page, int size) {
        if (voucherIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("organizationId", organizationId),
                Filters.in("voucherId", voucherIds)));
        if (activeOnly) {
            filters.add(Filters.eq("state", SessionState.OPEN.name()));
        }
        filters.addAll(filter.conditions());
        return sessions.mongoCollection()
                .find(Filters.and(filters), new FindOptions().sort(Sorts.descending("startedAt"))
                        .skip(page * size).limit(size))
                .collect().asList();
    }
}
