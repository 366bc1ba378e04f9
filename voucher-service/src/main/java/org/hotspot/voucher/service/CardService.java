package org.hotspot.voucher.service;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.common.security.Caller;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.voucher.PlanTerms;
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
 * printed, the plan, the price, the batch's expiry and a QR code opening the portal with a token
 * (never the code), in the organization's language unless the request names another. Only vouchers
 * whose code logs in today are printed: a revoked, disabled, expired or used-up voucher printed
 * among the others would be sold as a card that does not work, so it is left out and counted.
 * Rendering is CPU work and runs on a worker thread.
 */
@ApplicationScoped
public class CardService {

    /** Cards in one document: about 10 MB and a few seconds of rendering. Larger batches print in ranges. */
    public static final int MAX_CARDS = 5_000;

    /** States whose code no longer logs in: never printed as a card. */
    private static final Set<VoucherState> UNUSABLE =
            EnumSet.of(VoucherState.REVOKED, VoucherState.DISABLED, VoucherState.EXPIRED, VoucherState.EXHAUSTED);

    /** A rendered document and how many of the vouchers asked for were left out as unusable. */
    public record Printed<T>(T document, int notPrinted) {
    }

    /** How the cards are printed: layout, language (null for the organization's) and time zone of dates. */
    public record PrintOptions(Layout layout, String language, ZoneId zone) {
    }

    private final BatchExport export;
    private final OrganizationClient organizations;
    private final QrTokens tokens;

    public CardService(BatchExport export, OrganizationClient organizations, QrTokens tokens) {
        this.export = export;
        this.organizations = organizations;
        this.tokens = tokens;
    }

    public Uni<Printed<byte[]>> pdf(Caller caller, String batchId, List<Integer> serials, PrintOptions options) {
        return render(caller, batchId, serials, options, PdfCards::pdf);
    }

    public Uni<Printed<String>> html(Caller caller, String batchId, List<Integer> serials, PrintOptions options) {
        return render(caller, batchId, serials, options, HtmlCards::html);
    }

    private interface Renderer<T> {
        T render(List<Card> cards, Layout layout, CardLabels labels, int notPrinted);
    }

    private <T> Uni<Printed<T>> render(Caller caller, String batchId, List<Integer> serials, PrintOptions options,
            Renderer<T> renderer) {
        return organizations.current(caller.organizationId())
                .chain(organization -> export.rows(caller, batchId, serials, "CARDS_PRINTED", MAX_CARDS,
                        CardService::tooMany)
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(rows -> print(organization, rows, options, renderer)));
    }

    private <T> Printed<T> print(Organization organization, Rows rows, PrintOptions options, Renderer<T> renderer) {
        List<Card> cards = cards(organization, rows);
        int notPrinted = rows.rows().size() - cards.size();
        if (cards.isEmpty()) {
            throw nothingToPrint(notPrinted);
        }
        CardLabels labels =
                CardLabels.forLanguage(options.language() != null ? options.language() : organization.language())
                        .inZone(options.zone());
        return new Printed<>(renderer.render(cards, options.layout(), labels, notPrinted), notPrinted);
    }

    private List<Card> cards(Organization organization, Rows rows) {
        String batchTag = rows.batch().id.substring(0, Math.min(6, rows.batch().id.length())).toUpperCase(Locale.ROOT);
        // The name the batch was sold under: a rename since is not what the buyer paid for.
        String plan = rows.batch().profileName != null ? rows.batch().profileName : rows.profile().name;
        return rows.rows().stream()
                .filter(row -> !UNUSABLE.contains(row.voucher().state))
                .map(row -> card(organization, plan, rows.profile(), row, batchTag))
                .toList();
    }

    /** A card promises the terms its voucher was sold with, not the plan's since an edit that was not applied to it. */
    private Card card(Organization organization, String plan, Profile profile, Row row, String batchTag) {
        PlanTerms terms = profile.terms(row.voucher().termsVersion);
        return new Card(organization.name(), VoucherCodes.display(row.code(), 4), plan, profile.price,
                profile.currency, terms.timeQuotaSeconds, terms.validitySeconds, terms.dataQuotaBytes,
                terms.rateLimit, tokens.link(row.voucher().id), batchTag + "-" + row.voucher().serial,
                row.voucher().expiresAt);
    }

    private static ProblemException nothingToPrint(int notPrinted) {
        return new ProblemException(409, "nothing-to-print", "Nothing to print", notPrinted == 0
                ? "No voucher of the batch has the serials chosen"
                : "All " + notPrinted + " vouchers chosen are revoked, disabled, expired or used up: their codes no"
                        + " longer log in");
    }

    private static ProblemException tooMany(int count) {
        return new ProblemException(400, "too-many-cards", "Too many cards",
                count + " cards in one document; print at most " + MAX_CARDS
                        + " at a time, choosing them with from and to");
    }
}
