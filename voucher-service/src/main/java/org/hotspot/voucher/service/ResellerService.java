package org.hotspot.voucher.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.hotspot.common.audit.AuditLog;
import org.hotspot.common.mongo.MongoErrors;
import org.hotspot.common.security.Caller;
import org.hotspot.events.audit.AuditEntry.Result;
import org.hotspot.voucher.Reseller;
import org.hotspot.voucher.VoucherProblems;
import org.hotspot.voucher.client.OperatorClient;
import org.hotspot.voucher.repository.ProfileRepository;
import org.hotspot.voucher.repository.ResellerRepository;

/** Admins grant resellers profiles and credit; resellers read their own. */
@ApplicationScoped
public class ResellerService {

    private final ResellerRepository resellers;
    private final ProfileRepository profiles;
    private final AuditLog audit;
    private final OperatorClient operators;

    public ResellerService(ResellerRepository resellers, ProfileRepository profiles, AuditLog audit,
            OperatorClient operators) {
        this.operators = operators;
        this.resellers = resellers;
        this.profiles = profiles;
        this.audit = audit;
    }

    /**
     * Adds credit (atomically, so a batch paid meanwhile is not lost) and sets the allowed profiles,
     * all of the caller's organization; only to an enabled RESELLER of it, as auth-service knows
     * them, so that credit never lands on a mistyped name or an operator of another role.
     */
    public Uni<Reseller> grant(Caller caller, String username, String currency, BigDecimal addCredit,
            List<String> allowedProfileIds) {
        long units = addCredit.setScale(BatchService.CREDIT_SCALE, RoundingMode.DOWN).unscaledValue()
                .longValueExact();
        return operators.isReseller(caller.organizationId(), username)
                .invoke(reseller -> {
                    if (!reseller) {
                        throw VoucherProblems.notAReseller(username);
                    }
                })
                .onItem().transformToMulti(reseller -> Multi.createFrom().iterable(allowedProfileIds))
                .onItem().transformToUniAndConcatenate(id -> profiles.findInOrganization(caller.organizationId(), id)
                        .onItem().ifNull().failWith(() -> VoucherProblems.notFound("profile", id)))
                .collect().asList()
                .chain(found -> resellers.upsert(caller.organizationId(), username, currency, units, allowedProfileIds))
                .onFailure(MongoErrors::isDuplicateKey)
                .transform(e -> VoucherProblems.creditCurrencyMismatch(currency))
                .call(reseller -> audit.recordBestEffort(caller.organizationId(), caller.username(), "RESELLER_GRANTED",
                        "reseller", username, caller.clientAddress(), Result.SUCCESS,
                        "credit +" + addCredit.toPlainString() + " " + currency + ", profiles " + allowedProfileIds));
    }

    public Uni<List<Reseller>> list(Caller caller) {
        return resellers.listByOrganization(caller.organizationId());
    }

    public Uni<Reseller> get(Caller caller, String username) {
        return resellers.findByUsername(caller.organizationId(), username)
                .onItem().ifNull().failWith(() -> VoucherProblems.notFound("reseller", username));
    }
}
