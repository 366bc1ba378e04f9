package org.hotspot.voucher.service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hotspot.common.crypto.SecretBox;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.repository.VoucherRepository;
import org.jboss.logging.Logger;

/**
 * Completes a rotation of the code keys: vouchers whose code is sealed with an older key of the
 * keyring are opened and sealed again with the current one, a page at a time, until none is left
 * and the old key can leave the keyring. Each reseal is conditional on the sealed value it read.
 */
@ApplicationScoped
public class CodeResealer {

    private static final Logger LOG = Logger.getLogger(CodeResealer.class);
    private static final int PAGE = 1000;

    private final VoucherRepository vouchers;
    private final SecretBox box;

    public CodeResealer(VoucherRepository vouchers, VoucherKeys keys) {
        this.vouchers = vouchers;
        this.box = keys.codes();
    }

    @Scheduled(every = "${hotspot.voucher.reseal-interval}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return reseal().onFailure().invoke(e -> LOG.warnf("Resealing codes stopped this round: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * Reseals one page of codes sealed with an older key of the keyring; how many. A code sealed with
     * a key no longer in the keyring cannot be opened and is left alone: its key must come back.
     */
    public Uni<Integer> reseal() {
        String current = box.currentKeyId();
        List<String> older = box.keyIds().stream().filter(id -> !id.equals(current)).toList();
        if (older.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return vouchers.mongoCollection()
                .find(Filters.in("codeKeyId", older), new FindOptions().limit(PAGE))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUniAndConcatenate(this::reseal)
                .collect().asList()
                .map(done -> (int) done.stream().filter(Boolean::booleanValue).count())
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("Resealed %d voucher codes with key %s", count, current);
                    }
                });
    }

    private Uni<Boolean> reseal(Voucher voucher) {
        String context = BatchGenerator.context(voucher.id);
        String resealed = box.seal(box.open(voucher.sealedCode, context), context);
        return vouchers.mongoCollection().updateOne(
                Filters.and(Filters.eq("_id", voucher.id), Filters.eq("sealedCode", voucher.sealedCode)),
                Updates.combine(Updates.set("sealedCode", resealed),
                        Updates.set("codeKeyId", box.currentKeyId())))
                .map(result -> result.getModifiedCount() > 0);
    }
}
