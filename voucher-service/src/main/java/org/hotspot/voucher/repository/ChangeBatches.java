package org.hotspot.voucher.repository;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.hotspot.common.concurrent.Coalescer;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.config.VoucherConfig;

/**
 * Conditional writes of vouchers, those made while others are on their way sent together: one
 * unordered {@code bulkWrite} of {@code updateOne({_id, version})}, then one {@code find} of the
 * ids with {@code $in} that reads the vouchers after. Each write also sets its own
 * {@link Voucher#changeToken}, since a bulk write tells how many of its updates matched but not which:
 * the voucher read back carrying a write's token is what that write made. A lone write goes at once
 * as one {@code findAndModify}, as before.
 */
@ApplicationScoped
public class ChangeBatches {

    /** One conditional write: its updates apply only if the voucher is still at {@code version}. */
    record Change(String id, long version, List<Bson> updates, String token) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final VoucherRepository vouchers;
    private final Coalescer<Change, Voucher> writes;
    private final DistributionSummary sizes;

    public ChangeBatches(VoucherRepository vouchers, VoucherConfig config, MeterRegistry registry) {
        this.vouchers = vouchers;
        this.writes = new Coalescer<>(this::send, config.authorization().batchSize(),
                config.authorization().batchesInFlight());
        this.sizes = BatchSizes.of(registry, "change");
    }

    /**
     * Applies the updates if the voucher is still at {@code version}, bumping it, as
     * {@link VoucherRepository#compareAndSet}: the voucher after, or null when another change got
     * there first (the caller reads again and decides again).
     */
    public Uni<Voucher> compareAndSet(String id, long version, List<Bson> updates) {
        byte[] token = new byte[12];
        RANDOM.nextBytes(token);
        return writes.call(new Change(id, version, updates, HexFormat.of().formatHex(token)));
    }

    /**
     * The same conditional write, sent alone now: for changes whose outcome must be told exactly
     * (an operator's revoke, a sweep, spent quotas). A batched write whose voucher another change moves
     * on between the bulk write and its read-back is told "not applied" although it applied; a login
     * then decides again and finds its own change, but an operator would be told "refused" for an
     * action that happened, so their changes never share a batch.
     */
    public Uni<Voucher> compareAndSetAlone(String id, long version, List<Bson> updates) {
        return vouchers.compareAndSet(id, version, updates);
    }

    private Uni<List<Voucher>> send(List<Change> changes) {
        sizes.record(changes.size());
        if (changes.size() == 1) {
            Change change = changes.get(0);
            return vouchers.compareAndSet(change.id(), change.version(), change.updates())
                    .map(Collections::singletonList);
        }
        Instant now = Instant.now();
        List<UpdateOneModel<Voucher>> models = changes.stream()
                .map(change -> new UpdateOneModel<Voucher>(
                        // A plain document, not Filters.and: the embedded MongoDB's _id_version index serves this shape.
                        new Document("_id", change.id()).append("version", change.version()),
                        Updates.combine(all(change, now))))
                .toList();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(changes.stream().map(Change::id).toList()));
        return vouchers.mongoCollection().bulkWrite(models, new BulkWriteOptions().ordered(false))
                .chain(result -> vouchers.mongoCollection().find(Filters.in("_id", ids)).collect().asList()
                        .map(after -> outcomes(changes, result, after)));
    }

    private static List<Bson> all(Change change, Instant now) {
        List<Bson> all = new ArrayList<>(change.updates());
        all.add(Updates.inc("version", 1L));
        all.add(Updates.set("updatedAt", now));
        all.add(Updates.set("changeToken", change.token()));
        return all;
    }

    private static List<Voucher> outcomes(List<Change> changes, BulkWriteResult result, List<Voucher> after) {
        return outcomes(changes, result.getMatchedCount() == changes.size(), after);
    }

    /**
     * Per write, the voucher after it, or null when it did not apply. When every update matched, each
     * applied, whatever was read back. Otherwise a write applied when its voucher still carries its
     * token; one whose voucher another change moved on meanwhile reads as not applied, and its caller
     * reads again and decides again on a voucher that has its change already, as after any lost race.
     */
    static List<Voucher> outcomes(List<Change> changes, boolean allApplied, List<Voucher> after) {
        Map<String, Voucher> byId = new HashMap<>();
        for (Voucher voucher : after) {
            byId.put(voucher.id, voucher);
        }
        List<Voucher> outcomes = new ArrayList<>(changes.size());
        for (Change change : changes) {
            Voucher voucher = byId.get(change.id());
            boolean applied = voucher != null && (allApplied || change.token().equals(voucher.changeToken));
            outcomes.add(applied ? voucher : null);
        }
        return outcomes;
    }
}
