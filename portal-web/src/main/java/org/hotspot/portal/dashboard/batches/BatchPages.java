package org.hotspot.portal.dashboard.batches;

import java.util.List;
import java.util.Map;
import org.hotspot.portal.dashboard.plans.Alert;

/** The records the batches templates read as {@code page}; every number already written for the page's language. */
public final class BatchPages {

    private BatchPages() {
    }

    /**
     * A batch as a row of the list or the head of its page.
     *
     * @param stateKey the {@code PlanMessages} key of its state
     * @param charged  what a reseller paid, or null
     * @param used     how many of its vouchers were used or ended, or null when unknown
     * @param unused   how many are still unused, or null when unknown
     */
    public record Row(String id, String created, String plan, String count, String stateKey, String createdBy,
            String charged, String expires, boolean generating, boolean weak, String used, String unused) {
    }

    /**
     * One page of the list.
     *
     * @param previous the previous page's number, or null on the first
     * @param next     the next page's number, or null when this page was not full
     */
    public record Listing(List<Row> batches, boolean canCreate, Integer previous, Integer next, Alert alert) {
    }

    /**
     * The new batch form.
     *
     * @param plans  the plans a batch can be made from (active, and for a reseller those they sell)
     * @param errors form field to the {@code PlanMessages} key of what is wrong with it
     * @param credit a reseller's credit written for the page, or null for everyone else
     */
    public record Form(BatchForm form, List<Choice> plans, Map<String, String> errors, String credit, Alert alert) {
    }

    /** A plan of the form's choice, its price beside its name. */
    public record Choice(String id, String name, String price) {
    }

    /**
     * The progress of a batch being made, the fragment htmx polls.
     *
     * @param percent 0 to 100, for the bar
     */
    public record Progress(String id, int done, int total, String doneText, String totalText, int percent,
            boolean generating, boolean failed) {
    }

    /** A voucher of the batch's page; {@code code} is null for a viewer. */
    public record VoucherRow(String serial, String code, String stateKey, String firstUsed, String validUntil) {
    }

    /**
     * A batch's page.
     *
     * @param showCodes  whether codes are shown (never to a viewer)
     * @param previous   the previous page of vouchers, or null
     * @param next       the next page of vouchers, or null
     */
    public record Batch(Row batch, Progress progress, List<VoucherRow> vouchers, boolean showCodes, Integer previous,
            Integer next, String pageOf, Alert alert) {
    }

    /**
     * The print form and its links.
     *
     * @param query  the preview's and the PDF's query, or null while the choice is not valid
     * @param count  the batch's size, for the serial fields' bounds
     */
    public record Print(Row batch, CardChoice choice, String query, int count, boolean invalid) {
    }
}
