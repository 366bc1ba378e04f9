package org.hotspot.voucher.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hotspot.common.crypto.SecretBox;
import org.hotspot.events.voucher.BatchProgress;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.voucher.Batch;
import org.hotspot.voucher.BatchState;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.VoucherCodes;
import org.hotspot.voucher.config.VoucherConfig;
import org.hotspot.voucher.messaging.VoucherEventPublisher;
import org.hotspot.voucher.repository.BatchRepository;
import org.hotspot.voucher.repository.VoucherRepository;
import org.jboss.logging.Logger;

/**
 * Makes a batch's vouchers in the background, a chunk at a time: codes drawn on a worker thread
 * (CSPRNG, HMAC and AES-GCM are CPU work), stored in one round trip per chunk, progress written
 * to the batch and announced on {@code voucher-events}. A code the organization already has is
 * drawn again, so codes stay unique per organization whatever the batch size.
 */
@ApplicationScoped
public class BatchGenerator {

    private static final Logger LOG = Logger.getLogger(BatchGenerator.class);
    /** Redraws of colliding codes within one chunk before the batch is declared failed. */
    private static final int REDRAWS = 10;
    /** Chunks drawn ahead of the one being stored. */
    private static final int DRAWING_AHEAD = 2;

    private final VoucherRepository vouchers;
    private final BatchRepository batches;
    private final VoucherEventPublisher publisher;
    private final VoucherKeys keys;
    private final int chunk;
    private final SecureRandom random = new SecureRandom();

    public BatchGenerator(VoucherRepository vouchers, BatchRepository batches, VoucherEventPublisher publisher,
            VoucherKeys keys, VoucherConfig config) {
        this.vouchers = vouchers;
        this.batches = batches;
        this.publisher = publisher;
        this.keys = keys;
        this.chunk = config.batches().generationChunk();
    }

    /** Generates every voucher of the batch; completes with the batch's final state, never fails. */
    public Uni<BatchState> generate(Batch batch, Runnable onFailure) {
        int chunks = (batch.count + chunk - 1) / chunk;
        AtomicInteger stored = new AtomicInteger();
        // Drawing codes (CPU) for the next chunks overlaps storing this one (MongoDB); chunks may
        // arrive out of order, which is fine: each carries its own serials.
        return Multi.createFrom().range(0, chunks)
                .onItem().transformToUni(index -> draw(batch, index)).merge(DRAWING_AHEAD)
                .onItem().transformToUniAndConcatenate(drawn -> insert(batch, drawn, 0)
                        .chain(() -> progress(batch, stored.addAndGet(drawn.size()))))
                .collect().last()
                .chain(() -> batches.finish(batch.id, BatchState.READY, null))
                .invoke(() -> announce(batch, BatchState.READY, batch.count))
                .replaceWith(BatchState.READY)
                .onFailure().recoverWithUni(e -> failed(batch, e, onFailure));
    }

    private Uni<List<Voucher>> draw(Batch batch, int index) {
        int first = index * chunk + 1;
        int size = Math.min(chunk, batch.count - index * chunk);
        return Uni.createFrom().item(() -> draw(batch, first, size))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Progress in the batch (the heartbeat too), and a tick for the dashboard that nothing waits for. */
    private Uni<Void> progress(Batch batch, int done) {
        return batches.progress(batch.id, done)
                .invoke(() -> announce(batch, BatchState.GENERATING, done));
    }

    private Uni<Void> insert(Batch batch, List<Voucher> drawn, int redraw) {
        return vouchers.insertAll(drawn)
                .chain(duplicates -> {
                    if (duplicates.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    if (redraw >= REDRAWS) {
                        return Uni.createFrom().failure(new IllegalStateException(
                                "codes of length " + batch.codeLength
                                        + " keep colliding: the code space is nearly full"));
                    }
                    List<Voucher> again = new ArrayList<>(duplicates.size());
                    for (int position : duplicates) {
                        again.add(voucher(batch, drawn.get(position).serial));
                    }
                    return insert(batch, again, redraw + 1);
                });
    }

    private List<Voucher> draw(Batch batch, int firstSerial, int size) {
        List<Voucher> drawn = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            drawn.add(voucher(batch, firstSerial + i));
        }
        return drawn;
    }

    private Voucher voucher(Batch batch, int serial) {
        String code = VoucherCodes.generate(random, batch.codeLength, batch.prefix);
        Voucher voucher = new Voucher();
        voucher.id = UUID.randomUUID().toString();
        voucher.organizationId = batch.organizationId;
        voucher.batchId = batch.id;
        voucher.profileId = batch.profileId;
        voucher.termsVersion = batch.termsVersion;
        voucher.seller = batch.createdByReseller();
        voucher.serial = serial;
        voucher.lookupKey = VoucherCodes.lookupKey(keys.lookupKey(), batch.organizationId, code);
        voucher.sealedCode = seal(keys.codes(), voucher.id, code);
        voucher.codeKeyId = keys.codes().currentKeyId();
        voucher.state = VoucherState.UNUSED;
        voucher.createdAt = Instant.now();
        voucher.expiresAt = batch.expiresAt;
        voucher.updatedAt = voucher.createdAt;
        return voucher;
    }

    /** The code sealed to this voucher: copied onto another voucher's record it does not open. */
    static String seal(SecretBox box, String voucherId, String code) {
        return box.seal(code, context(voucherId));
    }

    static String context(String voucherId) {
        return "voucher:" + voucherId + ":code";
    }

    private void announce(Batch batch, BatchState state, int done) {
        publisher.sendBestEffort(BatchProgress.TYPE, batch.organizationId, batch.id,
                new BatchProgress(batch.id, batch.profileId, state.name(), done, batch.count)).subscribe().with(ok -> {
                });
    }

    private Uni<BatchState> failed(Batch batch, Throwable e, Runnable onFailure) {
        LOG.errorf(e, "Batch %s of organization %s failed", batch.id, batch.organizationId);
        // Vouchers of a failed batch were never handed out: removing them keeps no half batch on sale.
        return vouchers.deleteOfBatch(batch.organizationId, batch.id)
                .onFailure().recoverWithNull()
                .chain(() -> batches.finish(batch.id, BatchState.FAILED, "generation failed; see the service log"))
                .onFailure().recoverWithNull()
                .invoke(onFailure)
                .invoke(() -> announce(batch, BatchState.FAILED, 0))
                .replaceWith(BatchState.FAILED);
    }
}
