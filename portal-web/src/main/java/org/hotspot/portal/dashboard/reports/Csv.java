package org.hotspot.portal.dashboard.reports;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The reports' CSV files: UTF-8, comma-separated, figures unformatted (bytes, seconds, decimal
 * points) so that a spreadsheet reads them in any language; the header row names the fields as the
 * services' APIs do, a stable name for scripts. A value a spreadsheet would run as a formula
 * (a plan's name beginning with {@code =}) is quoted behind an apostrophe.
 */
public final class Csv {

    private Csv() {
    }

    /** One bucket of one key. */
    public record UsageLine(Instant at, String key, String name, long bytesIn, long bytesOut, long seconds) {
    }

    /** One row of the sales report. */
    public record SalesLine(String groupBy, String key, String name, String currency, long batches, long vouchers,
            BigDecimal amount) {
    }

    static String usage(String groupBy, List<UsageLine> lines) {
        StringBuilder csv = new StringBuilder("bucketStart,groupBy,key,name,bytesIn,bytesOut,bytes,seconds\r\n");
        for (UsageLine line : lines) {
            row(csv, line.at().toString(), groupBy, line.key(), line.name(), Long.toString(line.bytesIn()),
                    Long.toString(line.bytesOut()), Long.toString(line.bytesIn() + line.bytesOut()),
                    Long.toString(line.seconds()));
        }
        return csv.toString();
    }

    public static String sales(List<SalesLine> lines) {
        StringBuilder csv = new StringBuilder("groupBy,key,name,currency,batches,vouchers,amount\r\n");
        for (SalesLine line : lines) {
            row(csv, line.groupBy(), line.key(), line.name(), line.currency(), Long.toString(line.batches()),
                    Long.toString(line.vouchers()), line.amount() == null ? "" : line.amount().toPlainString());
        }
        return csv.toString();
    }

    /** The file as a download, never cached (it may name vouchers and resellers). */
    public static Response response(String fileName, String csv) {
        return Response.ok(csv).type("text/csv;charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"")
                .build();
    }

    private static void row(StringBuilder csv, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(values[i]));
        }
        csv.append("\r\n");
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                || !safe.equals(value);
        return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
