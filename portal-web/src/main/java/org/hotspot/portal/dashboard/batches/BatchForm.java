package org.hotspot.portal.dashboard.batches;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The batch form as typed, every field kept as text so an error page shows it again. */
public record BatchForm(String planId, String count, String codeLength, String prefix, String note) {

    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9]{0,8}");

    /** What is wrong with a field, named as {@link org.hotspot.portal.dashboard.plans.PlanMessages} says it. */
    public enum Error {
        PLAN("errorPlan"),
        COUNT("errorCount"),
        CODE_LENGTH("errorCodeLength"),
        PREFIX("errorPrefix"),
        NOTE("errorNote");

        private final String key;

        Error(String key) {
            this.key = key;
        }

        /** Its {@code PlanMessages} key. */
        public String key() {
            return key;
        }
    }

    public static BatchForm empty(String planId) {
        return new BatchForm(planId == null ? "" : planId, "100", "10", "", "");
    }

    public static BatchForm from(Function<String, String> field) {
        Function<String, String> text = name -> field.apply(name) == null ? "" : field.apply(name).strip();
        return new BatchForm(text.apply("planId"), text.apply("count"), text.apply("codeLength"),
                text.apply("prefix").toUpperCase(Locale.ROOT), text.apply("note"));
    }

    public Map<String, Error> errors() {
        Map<String, Error> errors = new LinkedHashMap<>();
        if (planId.isEmpty()) {
            errors.put("planId", Error.PLAN);
        }
        if (!within(count, 1, 100_000)) {
            errors.put("count", Error.COUNT);
        }
        if (!codeLength.isEmpty() && !within(codeLength, 6, 20)) {
            errors.put("codeLength", Error.CODE_LENGTH);
        }
        if (!PREFIX.matcher(prefix).matches()) {
            errors.put("prefix", Error.PREFIX);
        }
        if (note.length() > 200) {
            errors.put("note", Error.NOTE);
        }
        return errors;
    }

    private static boolean within(String text, int min, int max) {
        return WHOLE.matcher(text).matches() && Integer.parseInt(text) >= min && Integer.parseInt(text) <= max;
    }

    /** voucher-service's order: {@code POST /api/batches}. Only after {@link #errors()} found nothing. */
    public Map<String, Object> order() {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("profileId", planId);
        order.put("count", Integer.parseInt(count));
        if (!codeLength.isEmpty()) {
            order.put("codeLength", Integer.parseInt(codeLength));
        }
        if (!prefix.isEmpty()) {
            order.put("prefix", prefix);
        }
        if (!note.isEmpty()) {
            order.put("note", note);
        }
        return order;
    }

    /** The form field a violation of voucher-service's is about, and what to say there; or null. */
    public static Map.Entry<String, Error> fieldOf(String serviceField) {
        String leaf = serviceField == null ? "" : serviceField.replaceFirst("^.*\\.", "");
        return switch (leaf) {
            case "profileId" -> Map.entry("planId", Error.PLAN);
            case "count" -> Map.entry("count", Error.COUNT);
            case "codeLength" -> Map.entry("codeLength", Error.CODE_LENGTH);
            case "prefix" -> Map.entry("prefix", Error.PREFIX);
            case "note" -> Map.entry("note", Error.NOTE);
            default -> null;
        };
    }
}
