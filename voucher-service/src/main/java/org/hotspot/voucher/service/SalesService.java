package org.hotspot.voucher.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.voucher.repository.BatchRepository;

/**
 * Sales over a period, by reseller or by plan: a sale is a batch that did not fail. A reseller's
 * batch is paid from their credit ({@code charged}, in the plan's currency); a batch an admin or
 * operator made records no price paid, so it counts vouchers and no amount. A reseller sees only
 * their own batches.
 */
@ApplicationScoped
public class SalesService {

    /** At most a year and a day: the report of a year by day, as usage reports go. */
    static final Duration MAX_RANGE = Duration.ofDays(366);

    private final BatchRepository batches;

    public SalesService(BatchRepository batches) {
        this.batches = batches;
    }

    /** What sales are grouped by. */
    public enum GroupBy {
        RESELLER("createdBy"), PROFILE("profileId");

        private final String field;

        GroupBy(String field) {
            this.field = field;
        }
    }

    /**
     * One row: the reseller (their username; null for the batches the organization's staff made)
     * or the plan ({@code key} its id, {@code name} its name), in one currency.
     */
    public record Row(String key, String name, boolean reseller, String currency, long batches, long vouchers,
            BigDecimal amount) {
    }

    /** Vouchers and amount of every row of one currency. */
    public record Total(String currency, long batches, long vouchers, BigDecimal amount) {
    }

    /** All rows in key order (the organization's own batches first), and the totals by currency. */
    public record Sales(Instant from, Instant to, List<Row> rows, List<Total> totals) {
    }

    public Uni<Sales> sales(Caller caller, Instant from, Instant to, GroupBy groupBy) {
        if (!from.isBefore(to)) {
            return Uni.createFrom().failure(invalid("from", "must be before to"));
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            return Uni.createFrom().failure(invalid("to", "a sales report spans at most 366 days"));
        }
        String only = caller.is(Role.RESELLER) ? caller.username() : null;
        return batches.sales(caller.organizationId(), only, from, to, groupBy.field)
                .map(found -> {
                    List<Row> rows = rows(found, groupBy);
                    return new Sales(from, to, rows, totals(rows));
                });
    }

    private static List<Row> rows(List<Document> found, GroupBy groupBy) {
        Map<List<Object>, Row> merged = new LinkedHashMap<>();
        for (Document group : found) {
            Document id = group.get("_id", Document.class);
            boolean paid = Boolean.TRUE.equals(id.getBoolean("resellerBatch"));
            // By reseller, every batch the staff made is one row: the organization's own sales.
            String key = groupBy == GroupBy.RESELLER && !paid ? null : id.getString("key");
            String name = groupBy == GroupBy.PROFILE ? group.getString("profileName") : key;
            boolean reseller = groupBy == GroupBy.RESELLER && paid;
            Row row = new Row(key, name, reseller, id.getString("currency"), number(group, "batches"),
                    number(group, "vouchers"), paid ? decimal(group.get("charged")) : null);
            merged.merge(Arrays.asList(key, row.currency()), row, SalesService::add);
        }
        List<Row> rows = new ArrayList<>(merged.values());
        rows.sort(Comparator.comparing(Row::key, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Row::currency, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(rows);
    }

    private static Row add(Row a, Row b) {
        return new Row(a.key(), a.name() != null ? a.name() : b.name(), a.reseller() || b.reseller(), a.currency(),
                a.batches() + b.batches(), a.vouchers() + b.vouchers(), sum(a.amount(), b.amount()));
    }

    private static List<Total> totals(List<Row> rows) {
        Map<String, Total> byCurrency = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing(Row::currency, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(row -> byCurrency.merge(Objects.toString(row.currency(), ""),
                        new Total(row.currency(), row.batches(), row.vouchers(), row.amount()),
                        (a, b) -> new Total(a.currency(), a.batches() + b.batches(), a.vouchers() + b.vouchers(),
                                sum(a.amount(), b.amount()))));
        return List.copyOf(byCurrency.values());
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    /** Sums come back as 32- or 64-bit integers, or decimals, depending on their size and the server. */
    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number number ? number.longValue() : 0L;
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        return BigDecimal.ZERO;
    }

    private static ProblemException invalid(String parameter, String message) {
        return new ProblemException(400, "validation", "Invalid input", parameter + ": " + message);
    }
}
