package org.hotspot.voucher.repository;

import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotspot.common.concurrent.Coalescer;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.config.VoucherConfig;

/**
 * Vouchers found by lookup key for decisions, the lookups made while others are on their way
 * sent together as one {@code find} with {@code $in}: under a rush of first uses, one command per
 * batch instead of one per login. A lone lookup goes at once, as before.
 */
@ApplicationScoped
public class LookupBatches {

    private final VoucherRepository vouchers;
    private final Coalescer<String, Voucher> lookups;
    private final DistributionSummary sizes;

    public LookupBatches(VoucherRepository vouchers, VoucherConfig config, MeterRegistry registry) {
        this.vouchers = vouchers;
        this.lookups = new Coalescer<>(this::send, config.authorization().batchSize(),
                config.authorization().batchesInFlight());
        this.sizes = BatchSizes.of(registry, "lookup");
    }

    /** The voucher with this lookup key if it is the organization's, as {@link VoucherRepository#findByLookupKey}. */
    public Uni<Voucher> findByLookupKey(String organizationId, String lookupKey) {
        return lookups.call(lookupKey)
                .map(found -> vouchers.visibleTo(organizationId, found));
    }

    private Uni<List<Voucher>> send(List<String> lookupKeys) {
        sizes.record(lookupKeys.size());
        if (lookupKeys.size() == 1) {
            return vouchers.find("lookupKey", lookupKeys.get(0)).firstResult()
                    .map(Collections::singletonList);
        }
        // A query naming only lookupKey: the embedded MongoDB answers an $in from its unique index too.
        return vouchers.mongoCollection().find(Filters.in("lookupKey", lookupKeys)).collect().asList()
                .map(found -> inOrder(lookupKeys, found));
    }

    /** One voucher or null per key, in the keys' order (a key asked twice gets the same voucher). */
    static List<Voucher> inOrder(List<String> lookupKeys, List<Voucher> found) {
        Map<String, Voucher> byKey = new HashMap<>();
        for (Voucher voucher : found) {
            byKey.put(voucher.lookupKey, voucher);
        }
        return lookupKeys.stream().map(byKey::get).toList();
    }
}
