package org.hotspot.voucher.service;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.IntFunction;
import org.hotspot.common.audit.AuditLog;
import org.hotspot.common.security.Caller;
import org.hotspot.events.audit.AuditEntry.Result;
import org.hotspot.voucher.Batch;
import org.hotspot.voucher.Profile;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.VoucherCodes;
import org.hotspot.voucher.repository.ProfileRepository;
import org.hotspot.voucher.repository.VoucherRepository;

/**
 * A READY batch's vouchers with their codes opened, in serial order: the CSV export, the cards and
 * the paged list all start here. Opening codes is recorded in the audit log, since whoever holds
 * the export holds the money.
 */
@ApplicationScoped
public class BatchExport {

    /** A voucher with its code in clear and its plan. */
    public record Row(Voucher voucher, String code, Profile profile) {
    }

    private final BatchService batches;
    private final VoucherRepository vouchers;
    private final ProfileRepository profiles;
    private final VoucherService voucherService;
    private final AuditLog audit;

    public BatchExport(BatchService batches, VoucherRepository vouchers, ProfileRepository profiles,
            VoucherService voucherService, AuditLog audit) {
        this.batches = batches;
        this.vouchers = vouchers;
        this.profiles = profiles;
        this.voucherService = voucherService;
        this.audit = audit;
    }

    /**
     * The rows of the batch, or of the given serials of it, with the batch; audited as {@code action}.
     * A whole batch larger than {@code max} is refused before anything is read.
     */
    public Uni<Rows> rows(Caller caller, String batchId, List<Integer> serials, String action, int max,
            IntFunction<RuntimeException> tooMany) {
        return batches.ready(caller, batchId)
                .invoke(batch -> {
                    if ((serials == null || serials.isEmpty()) && batch.count > max) {
                        throw tooMany.apply(batch.count);
                    }
                })
                .chain(batch -> profiles.findInOrganization(caller.organizationId(), batch.profileId)
                        .chain(profile -> vouchers.streamOfBatch(caller.organizationId(), batchId, serials)
                                .emitOn(Infrastructure.getDefaultWorkerPool())
                                .map(voucher -> new Row(voucher, voucherService.code(voucher), profile))
                                .collect().asList()
                                .map(rows -> new Rows(batch, profile, rows))))
                .call(rows -> audit.recordBestEffort(caller.organizationId(), caller.username(), action, "batch",
                        batchId, caller.clientAddress(), Result.SUCCESS, rows.rows().size() + " codes"));
    }

    public record Rows(Batch batch, Profile profile, List<Row> rows) {
    }

    /** Read by spreadsheet programs as "this file is UTF-8"; without it Excel guesses the local code page. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** RFC 4180 CSV, UTF-8, one voucher per line, after a byte order mark when {@code bom}. */
    public static String csv(Rows rows, boolean bom) {
        StringBuilder out = new StringBuilder(64 + rows.rows().size() * 160);
        if (bom) {
            out.append(BYTE_ORDER_MARK);
        }
        out.append("serial,code,printed_code,state,profile,price,currency,expires_at,first_used_at,valid_until,")
                .append("time_used_seconds,bytes_in,bytes_out\r\n");
        for (Row row : rows.rows()) {
            Voucher v = row.voucher();
            out.append(v.serial).append(',')
                    .append(row.code()).append(',')
                    .append(VoucherCodes.display(row.code(), 4)).append(',')
                    .append(v.state).append(',')
                    .append(cell(rows.profile() == null ? "" : rows.profile().name)).append(',')
                    .append(rows.profile() == null ? "" : rows.profile().price.toPlainString()).append(',')
                    .append(rows.profile() == null ? "" : rows.profile().currency).append(',')
                    .append(v.expiresAt == null ? "" : v.expiresAt).append(',')
                    .append(v.firstUsedAt == null ? "" : v.firstUsedAt).append(',')
                    .append(v.validUntil == null ? "" : v.validUntil).append(',')
                    .append(v.timeUsedSeconds).append(',')
                    .append(v.bytesIn).append(',')
                    .append(v.bytesOut).append("\r\n");
        }
        return out.toString();
    }

    /**
     * A text cell, quoted when it holds a separator, and defused when it starts like a formula: a
     * profile named {@code =HYPERLINK(...)} must not run in the spreadsheet the CSV is opened in.
     */
    static String cell(String text) {
        String value = text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            value = "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
