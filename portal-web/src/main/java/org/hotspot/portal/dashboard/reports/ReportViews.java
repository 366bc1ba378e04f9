package org.hotspot.portal.dashboard.reports;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import org.hotspot.portal.dashboard.web.PageProblem;

/** The usage report's model, for templates/dashboard/reports/. */
public final class ReportViews {

    private ReportViews() {
    }

    /** One plan's, router's, site's or voucher's usage over the whole period; {@code name} as shown. */
    @TemplateData
    public record KeyTotal(String key, String name, long bytesIn, long bytesOut, long seconds) {

        public long bytes() {
            return bytesIn + bytesOut;
        }

        KeyTotal plus(UsageClient.Point point) {
            return new KeyTotal(key, name, bytesIn + point.bytesIn(), bytesOut + point.bytesOut(),
                    seconds + point.seconds());
        }
    }

    /** One bucket of the chart's table: the data of each charted key, in the chart's order. */
    @TemplateData
    public record Bucket(Instant at, List<Long> bytes) {
    }

    /**
     * A voucher among those that used the most data: never its code (a viewer may see none, and a
     * code on a report would outlive the card), its serial in its batch and a link to its page.
     */
    @TemplateData
    public record TopVoucher(String href, Long serial, String batchId, long bytes, long seconds) {

        /** The batch's first eight characters: enough to tell batches apart on one page. */
        public String batchShort() {
            return batchId == null ? "" : batchId.substring(0, Math.min(8, batchId.length()));
        }
    }

    /**
     * The report page.
     *
     * @param totals     every key with usage, most data first
     * @param charted    the keys the chart draws (the first of {@code totals})
     * @param buckets    the chart's figures as a table, oldest first
     * @param chartJson  what reports.js draws, handed over in a data attribute (never an inline script)
     * @param top        the vouchers with most data in the period
     * @param digits     ICU's numbering system of the page's language ({@code latn}, {@code arab}, {@code arabext}),
     *                   for the chart's numbers to use the digits of the tables
     */
    @TemplateData
    public record ReportPage(ReportForm form, boolean reseller, List<KeyTotal> totals, KeyTotal total,
            List<KeyTotal> charted, List<Bucket> buckets, String chartJson, String csvHref, List<TopVoucher> top,
            PageProblem problem, String digits) {

        public boolean empty() {
            return totals.isEmpty();
        }
    }
}
