package org.hotspot.voucher.service;

import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.bson.conversions.Bson;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.voucher.Batch;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.VoucherCodes;
import org.hotspot.voucher.VoucherProblems;
import org.hotspot.voucher.repository.BatchRepository;
import org.hotspot.voucher.repository.VoucherRepository;
import org.hotspot.voucher.service.VoucherChanges.Transition;

/**
 * Vouchers as operators see them: found by code within the caller's organization, revoked,
 * disabled and enabled again, and their codes opened for reprinting.
 */
@ApplicationScoped
public class VoucherService {

    private static final int ATTEMPTS = 8;

    private final VoucherRepository vouchers;
    private final BatchRepository batches;
    private final VoucherChanges changes;
    private final VoucherKeys keys;

    public VoucherService(VoucherRepository vouchers, BatchRepository batches, VoucherChanges changes,
            VoucherKeys keys) {
        this.vouchers = vouchers;
        this.batches = batches;
        this.changes = changes;
        this.keys = keys;
    }

    /** The voucher with this code in the caller's organization (a reseller's: only from their batches). */
    public Uni<Voucher> byCode(Caller caller, String code) {
        String normalized = VoucherCodes.normalize(code);
        if (normalized == null) {
            return Uni.createFrom().failure(VoucherProblems.notFound("voucher", "with that code"));
        }
        String lookupKey = VoucherCodes.lookupKey(keys.lookupKey(), caller.organizationId(), normalized);
        return vouchers.findByLookupKey(caller.organizationId(), lookupKey)
                .call(voucher -> voucher == null || !caller.is(Role.RESELLER) ? Uni.createFrom().voidItem()
                        : batches.findInOrganization(caller.organizationId(), voucher.batchId)
                                .invoke(batch -> {
                                    if (batch == null || !caller.username().equals(batch.createdBy)) {
                                        throw VoucherProblems.notFound("voucher", "with that code");
                                    }
                                }))
                .onItem().ifNull().failWith(() -> VoucherProblems.notFound("voucher", "with that code"));
    }

    /** The code in clear, for the card, the CSV and the operator's screen. */
    public String code(Voucher voucher) {
        return keys.codes().open(voucher.sealedCode, BatchGenerator.context(voucher.id));
    }

    public Uni<Voucher> revoke(Caller caller, String code) {
        return operate(caller, code, "revoked", voucher -> voucher.state == VoucherState.REVOKED ? null
                : new Transition(VoucherState.REVOKED, "operator", caller.username(), caller.clientAddress(),
                        "VOUCHER_REVOKED"));
    }

    public Uni<Voucher> disable(Caller caller, String code) {
        return operate(caller, code, "disabled", voucher -> voucher.state.usable()
                ? new Transition(VoucherState.DISABLED, "operator", caller.username(), caller.clientAddress(),
                        "VOUCHER_DISABLED")
                : null);
    }

    public Uni<Voucher> enable(Caller caller, String code) {
        return operate(caller, code, "enabled", voucher -> voucher.state == VoucherState.DISABLED
                ? new Transition(voucher.stateBeforeDisable == null ? VoucherState.UNUSED : voucher.stateBeforeDisable,
                        "operator", caller.username(), caller.clientAddress(), "VOUCHER_ENABLED")
                : null);
    }

    private interface Rule {
        /** The transition for the voucher as it is, or null when the action is not possible now. */
        Transition of(Voucher voucher);
    }

    private Uni<Voucher> operate(Caller caller, String code, String action, Rule rule) {
        return byCode(caller, code).chain(voucher -> attempt(caller, voucher, action, rule, 1));
    }

    private Uni<Voucher> attempt(Caller caller, Voucher voucher, String action, Rule rule, int round) {
        Transition transition = rule.of(voucher);
        if (transition == null) {
            return Uni.createFrom().failure(VoucherProblems.illegalTransition(voucher.state.name(), action));
        }
        if (round > ATTEMPTS) {
            return Uni.createFrom().failure(VoucherProblems.busy());
        }
        List<Bson> updates = transition.to() == VoucherState.DISABLED
                ? List.of(Updates.set("stateBeforeDisable", voucher.state.name()))
                : List.of();
        return changes.apply(voucher, updates, transition)
                .chain(updated -> updated != null ? Uni.createFrom().item(updated)
                        : vouchers.findInOrganization(caller.organizationId(), voucher.id)
                                .chain(fresh -> attempt(caller, fresh, action, rule, round + 1)));
    }

    /** The voucher a QR token names, or a 404 for a forged token and a 410 once it cannot be used. */
    public Uni<Voucher> byQrToken(String voucherId) {
        return vouchers.findById(voucherId)
                .onItem().ifNull().failWith(VoucherProblems::invalidToken)
                .invoke(voucher -> {
                    if (voucher.state == VoucherState.REVOKED || voucher.state == VoucherState.DISABLED) {
                        throw VoucherProblems.voucherUnusable(voucher.state.name().toLowerCase(Locale.ROOT));
                    }
                });
    }

    public Uni<Batch> batchOf(Caller caller, Voucher voucher) {
        return batches.findInOrganization(caller.organizationId(), voucher.batchId);
    }
}
