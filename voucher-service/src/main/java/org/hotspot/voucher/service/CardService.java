package org.hotspot.voucher.service;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.common.security.Caller;
import org.hotspot.voucher.Profile;
import org.hotspot.voucher.VoucherCodes;
import org.hotspot.voucher.client.Organization;
import org.hotspot.voucher.client.OrganizationClient;
import org.hotspot.voucher.print.Card;
import org.hotspot.voucher.print.CardLabels;
import org.hotspot.voucher.print.HtmlCards;
import org.hotspot.voucher.print.Layout;
import org.hotspot.voucher.print.PdfCards;
import org.hotspot.voucher.service.BatchExport.Row;
import org.hotspot.voucher.service.BatchExport.Rows;

/**
 * Printable cards of a batch or a selection of it: each with the organization's name, the code as
 * printed, the plan, the price and a QR code opening the portal with a token (never the code), in
 * the organization's language unless the request names another. Rendering is CPU work and runs on
 * a worker thread.
 */
@ApplicationScoped
public class CardService {

    /** Cards in one document: about 10 MB and a few seconds of rendering. Larger batches print in ranges. */
    public static final int MAX_CARDS = 5_000;

    private final BatchExport export;
    private final OrganizationClient organizations;
    private final QrTokens tokens;

    public CardService(BatchExport export, OrganizationClient organizations, QrTokens tokens) {
        this.export = export;
        this.organizations = organizations;
        this.tokens = tokens;
    }

    public Uni<byte[]> pdf(Caller caller, String batchId, List<Integer> serials, Layout layout, String language) {
        return render(caller, batchId, serials, layout, language, PdfCards::pdf);
    }

    public Uni<String> html(Caller caller, String batchId, List<Integer> serials, Layout layout, String language) {
        return render(caller, batchId, serials, layout, language, HtmlCards::html);
    }

    private interface Renderer<T> {
        T render(List<Card> cards, Layout layout, CardLabels labels);
    }

    private <T> Uni<T> render(Caller caller, String batchId, List<Integer> serials, Layout layout, String language,
            Renderer<T> renderer) {
        return organizations.current(caller.organizationId())
                .chain(organization -> export.rows(caller, batchId, serials, "CARDS_PRINTED", MAX_CARDS,
                                CardService::tooMany)
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(rows -> renderer.render(cards(organization, rows), layout,
                                CardLabels.forLanguage(language != null ? language : organization.language()))));
    }

    private List<Card> cards(Organization organization, Rows rows) {
        String batchTag = rows.batch().id.substring(0, Math.min(6, rows.batch().id.length())).toUpperCase();
        // The name the batch was sold under: a rename since is not what the buyer paid for.
        String plan = rows.batch().profileName != null ? rows.batch().profileName : rows.profile().name;
        return rows.rows().stream().map(row -> card(organization, plan, rows.profile(), row, batchTag)).toList();
    }

    private Card card(Organization organization, String plan, Profile profile, Row row, String batchTag) {
        return new Card(organization.name(), VoucherCodes.display(row.code(), 4), plan, profile.price,
                profile.currency, profile.timeQuotaSeconds, profile.validitySeconds, profile.dataQuotaBytes,
                profile.rateLimit, tokens.link(row.voucher().id), batchTag + "-" + row.voucher().serial);
    }

    private static ProblemException tooMany(int count) {
        return new ProblemException(400, "too-many-cards", "Too many cards",
                count + " cards in one document; print at most " + MAX_CARDS + " at a time, choosing them with from and to");
    }
}
