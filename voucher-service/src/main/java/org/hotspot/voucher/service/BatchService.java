package org.hotspot.voucher.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hotspot.common.audit.AuditLog;
import org.hotspot.common.guessing.GuessingBudgets;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.events.audit.AuditEntry.Result;
import org.hotspot.voucher.Batch;
import org.hotspot.voucher.BatchState;
import org.hotspot.voucher.GuessEstimate;
import org.hotspot.voucher.Profile;
import org.hotspot.voucher.ProfileState;
import org.hotspot.voucher.VoucherProblems;
import org.hotspot.voucher.config.VoucherConfig;
import org.hotspot.voucher.repository.BatchRepository;
import org.hotspot.voucher.repository.ProfileRepository;
import org.hotspot.voucher.repository.ResellerRepository;
import org.hotspot.voucher.repository.VoucherRepository;
import org.jboss.logging.Logger;

/**
 * Batches: checked, paid for (a reseller's), stored as {@code GENERATING} and answered at once,
 * then generated in the background. A reseller sees and exports only the batches they made.
 */
@ApplicationScoped
public class BatchService {

    private static final Logger LOG = Logger.getLogger(BatchService.class);
    /** Credit is kept in ten-thousandths of the currency unit (see {@link org.hotspot.voucher.Reseller}). */
    static final int CREDIT_SCALE = 4;

    /** What an operator asks for; validated at the edge. */
    public record Order(String profileId, int count, int codeLength, String prefix, String note, Instant expiresAt) {
    }

    private final BatchRepository batches;
    private final ProfileRepository profiles;
    private final VoucherRepository vouchers;
    private final ResellerRepository resellers;
    private final BatchGenerator generator;
    private final ResellerRefunds refunds;
    private final AuditLog audit;
    private final VoucherConfig config;
    private final GuessingBudgets guessing;

    public BatchService(BatchRepository batches, ProfileRepository profiles, VoucherRepository vouchers,
            ResellerRepository resellers, BatchGenerator generator, ResellerRefunds refunds, AuditLog audit,
            VoucherConfig config, GuessingBudgets guessing) {
        this.refunds = refunds;
        this.batches = batches;
        this.profiles = profiles;
        this.vouchers = vouchers;
        this.resellers = resellers;
        this.generator = generator;
        this.audit = audit;
        this.config = config;
        this.guessing = guessing;
    }

    public Uni<Batch> create(Caller caller, Order order) {
        if (order.count() < 1 || order.count() > config.batches().maxBatchSize()) {
            return Uni.createFrom().failure(VoucherProblems.badCount(order.count(), config.batches().maxBatchSize()));
        }
        String organizationId = caller.organizationId();
        return profiles.findInOrganization(organizationId, order.profileId())
                .onItem().ifNull().failWith(() -> VoucherProblems.notFound("profile", order.profileId()))
                .invoke(profile -> {
                    if (profile.state != ProfileState.ACTIVE) {
                        throw VoucherProblems.profileRetired(profile.id);
                    }
                })
                .chain(profile -> paid(caller, profile, order.count())
                        .chain(charged -> vouchers.countLive(organizationId)
                                .map(live -> newBatch(caller, profile, order, charged, live + order.count())))
                        .chain(batch -> batches.persist(batch)
                                .onFailure().call(() -> refund(caller, batch)))
                        .call(batch -> audit.recordBestEffort(organizationId, caller.username(), "BATCH_CREATED",
                                "batch", batch.id, caller.clientAddress(), Result.SUCCESS,
                                batch.count + " x " + profile.name)))
                .invoke(this::startGenerating);
    }

    private void startGenerating(Batch batch) {
        generator.generate(batch, () -> refunds.refund(batch.createdByReseller(), batch).subscribe().with(done -> {
        }))
                .subscribe().with(state -> LOG.infof("Batch %s of %d vouchers is %s", batch.id, batch.count, state));
    }

    /** What a reseller pays for the batch, taken from their credit atomically; null for everyone else. */
    private Uni<BigDecimal> paid(Caller caller, Profile profile, int count) {
        if (!caller.is(Role.RESELLER)) {
            return Uni.createFrom().nullItem();
        }
        BigDecimal cost = profile.price.multiply(BigDecimal.valueOf(count));
        long units = cost.setScale(CREDIT_SCALE, RoundingMode.UP).unscaledValue().longValueExact();
        return resellers.findByUsername(caller.organizationId(), caller.username())
                .invoke(reseller -> {
                    if (reseller == null || !reseller.allowedProfileIds.contains(profile.id)) {
                        throw VoucherProblems.profileNotAllowed(profile.id);
                    }
                    if (!profile.currency.equals(reseller.currency)) {
                        throw VoucherProblems.currencyMismatch(profile.currency, reseller.currency);
                    }
                })
                .chain(reseller -> resellers.pay(caller.organizationId(), caller.username(), profile.id,
                        profile.currency, units))
                .onItem().ifNull().failWith(() -> VoucherProblems.insufficientCredit(
                        cost.stripTrailingZeros().toPlainString() + " " + profile.currency))
                .replaceWith(cost);
    }

    private Uni<Void> refund(Caller caller, Batch batch) {
        return refunds.refund(caller.is(Role.RESELLER) ? caller.username() : null, batch);
    }

    private Batch newBatch(Caller caller, Profile profile, Order order, BigDecimal charged, long live) {
        Batch batch = new Batch();
        batch.id = UUID.randomUUID().toString();
        batch.organizationId = caller.organizationId();
        batch.profileId = profile.id;
        batch.profileName = profile.name;
        batch.termsVersion = profile.termsVersion;
        batch.count = order.count();
        batch.codeLength = order.codeLength();
        batch.prefix = order.prefix() == null || order.prefix().isBlank() ? null
                : order.prefix().toUpperCase(Locale.ROOT);
        batch.note = order.note();
        batch.expiresAt = order.expiresAt();
        batch.createdBy = caller.username();
        batch.resellerBatch = caller.is(Role.RESELLER);
        batch.charged = charged;
        batch.currency = profile.currency;
        batch.state = BatchState.GENERATING;
        batch.createdAt = Instant.now();
        batch.heartbeatAt = batch.createdAt;
        // At the rate router-gateway lets through, from the same settings: not an assumed attacker.
        GuessEstimate guess = GuessEstimate.of(live, order.codeLength(), guessing.guessesPerSecond());
        batch.liveVouchers = live;
        batch.guessesPerSecond = guess.guessesPerSecond();
        batch.guessSeconds = guess.expected().getSeconds();
        batch.guessWeak = guess.weak();
        batch.guessDescription = guess.describe();
        return batch;
    }

    public Uni<Batch> get(Caller caller, String id) {
        return batches.findInOrganization(caller.organizationId(), id)
                .invoke(batch -> {
                    // A reseller's view is their own batches: any other looks absent.
                    if (batch != null && caller.is(Role.RESELLER) && !caller.username().equals(batch.createdBy)) {
                        throw VoucherProblems.notFound("batch", id);
                    }
                })
                .onItem().ifNull().failWith(() -> VoucherProblems.notFound("batch", id));
    }

    public Uni<List<Batch>> list(Caller caller, int page, int size) {
        return batches.listByOrganization(caller.organizationId(),
                caller.is(Role.RESELLER) ? caller.username() : null, page, size);
    }

    /** A READY batch of the caller's, or a 409 for one still generating or failed. */
    public Uni<Batch> ready(Caller caller, String id) {
        return get(caller, id).invoke(batch -> {
            if (batch.state != BatchState.READY) {
                throw VoucherProblems.batchNotReady(id, batch.state.name());
            }
        });
    }

    /** Batches a stopped replica left GENERATING are marked FAILED (their vouchers removed), so none waits forever. */
    @Scheduled(every = "60s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> failAbandoned() {
        return batches.abandoned(Instant.now().minus(config.batches().abandonedAfter()))
                .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(batch -> batches.failIfStill(batch.id, batch.heartbeatAt,
                        "generation stopped (the service was restarted); make the batch again")
                        .call(failed -> failed ? vouchers.deleteOfBatch(batch.organizationId, batch.id)
                                .call(() -> refunds.refund(batch.createdByReseller(), batch))
                                : Uni.createFrom().voidItem()))
                .collect().last()
                .replaceWithVoid()
                .onFailure().recoverWithNull();
    }
}
