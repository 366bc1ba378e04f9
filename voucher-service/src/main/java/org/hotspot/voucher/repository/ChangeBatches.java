package org.hotspot.voucher.repository;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
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
 * as one {@code findAndModify}, as before. A write MongoDB refuses inside a batch fails its own
 * caller only; the others are told what happened to theirs.
 */
@ApplicationScoped
public class ChangeBatches {

    /** One conditional write: its updates apply only if the voucher is still at {@code version}. */
    record Change(String id, long version, List<Bson> updates, String token) {
    }

    /** What one write came to: the voucher after it, null when it did not apply, or MongoDB's refusal. */
    record Outcome(Voucher voucher, MongoException refusal) {

        static Outcome of(Voucher voucher) {
            return new Outcome(voucher, null);
        }

        Uni<Voucher> toUni() {
            return refusal == null ? Uni.createFrom().item(voucher) : Uni.createFrom().failure(refusal);
        }
    }

    /** What the bulk write said: how many updates matched, and the refusals by the index of their write. */
    record Written(int matched, Map<Integer, MongoException> refusals) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final VoucherRepository vouchers;
    private final Coalescer<Change, Outcome> writes;
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
        return writes.call(new Change(id, version, updates, HexFormat.of().formatHex(token))).chain(Outcome::toUni);
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

    Uni<List<Outcome>> send(List<Change> changes) {
        sizes.record(changes.size());
        if (changes.size() == 1) {
            Change change = changes.get(0);
            return vouchers.compareAndSet(change.id(), change.version(), change.updates())
                    .map(voucher -> List.of(Outcome.of(voucher)));
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
                .map(result -> new Written(result.getMatchedCount(), Map.of()))
                .onFailure(MongoBulkWriteException.class)
                .recoverWithItem(ChangeBatches::refused)
                .chain(written -> vouchers.mongoCollection().find(Filters.in("_id", ids)).collect().asList()
                        .map(after -> outcomes(changes, written, after)));
    }

    /**
     * An unordered bulk write goes on past a refused write: the others applied or not as usual. A
     * write concern error (no refusal by index) fails the whole batch, as any other failure does.
     */
    private static Written refused(MongoBulkWriteException failure) {
        if (failure.getWriteConcernError() != null || failure.getWriteErrors().isEmpty()) {
            throw failure;
        }
        Map<Integer, MongoException> refusals = new HashMap<>();
        for (BulkWriteError error : failure.getWriteErrors()) {
            refusals.put(error.getIndex(), new MongoException(error.getCode(), error.getMessage()));
        }
        return new Written(failure.getWriteResult().getMatchedCount(), refusals);
    }

    private static List<Bson> all(Change change, Instant now) {
        List<Bson> all = new ArrayList<>(change.updates());
        all.add(Updates.inc("version", 1L));
        all.add(Updates.set("updatedAt", now));
        all.add(Updates.set("changeToken", change.token()));
        return all;
    }

    private static List<Outcome> outcomes(List<Change> changes, Written written, List<Voucher> after) {
        boolean allApplied = written.matched() == changes.size() - written.refusals().size();
        List<Voucher> vouchersAfter = outcomes(changes, allApplied, after);
        List<Outcome> outcomes = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            MongoException refusal = written.refusals().get(i);
            outcomes.add(refusal == null ? Outcome.of(vouchersAfter.get(i)) : new Outcome(null, refusal));
        }
        return outcomes;
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
