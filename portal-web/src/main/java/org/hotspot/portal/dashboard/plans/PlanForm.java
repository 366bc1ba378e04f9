package org.hotspot.portal.dashboard.plans;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The plan form as the operator typed it: every field kept as text, so a page showing an error
 * shows what was typed, not what could be parsed. Quotas are a number and a unit; an empty quota
 * is unlimited.
 */
public record PlanForm(String name, String price, String currency, String timeQuota, String timeUnit,
        String validity, String validityUnit, String dataQuota, String dataUnit, String rateLimit,
        String sharedUsers, boolean macLock, String applyTo) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,12}");
    /** The largest quota voucher-service takes: ten years, or a pebibyte (its PlanProjection). */
    private static final long MAX_SECONDS = 316_224_000L;
    private static final long MAX_BYTES = 1L << 50;
    private static final Map<String, String> FIELDS_OF_THE_SERVICE = Map.of("name", "name", "price", "price",
            "currency", "currency", "timeQuotaSeconds", "timeQuota", "validitySeconds", "validity",
            "dataQuotaBytes", "dataQuota", "rateLimit", "rateLimit", "sharedUsers", "sharedUsers");

    /** What is wrong with a field; each has its sentence in {@link PlanMessages}. */
    public enum Error {
        REQUIRED("errorRequired"),
        NUMBER("errorNumber"),
        WHOLE_NUMBER("errorWholeNumber"),
        CURRENCY("errorCurrency"),
        TIME_RANGE("errorTimeRange"),
        VALIDITY_RANGE("errorValidityRange"),
        DATA_RANGE("errorDataRange"),
        RATE_LIMIT("errorRateLimit"),
        SHARED_USERS("errorSharedUsers"),
        NAME_TAKEN("errorNameTaken"),
        INVALID("errorInvalid");

        private final String key;

        Error(String key) {
            this.key = key;
        }

        /** Its {@link PlanMessages} key. */
        public String key() {
            return key;
        }
    }

    /** An empty form for a new plan, in the organization's currency when known. */
    public static PlanForm empty(String currency) {
        return new PlanForm("", "", currency == null ? "" : currency, "", "hours", "", "days", "", "gb", "", "1",
                false, "new");
    }

    /** The form's posted fields; missing ones are empty. */
    public static PlanForm from(Function<String, String> field) {
        Function<String, String> text = name -> field.apply(name) == null ? "" : field.apply(name).strip();
        return new PlanForm(text.apply("name"), text.apply("price"), text.apply("currency").toUpperCase(Locale.ROOT),
                text.apply("timeQuota"), text.apply("timeUnit"), text.apply("validity"), text.apply("validityUnit"),
                text.apply("dataQuota"), text.apply("dataUnit"), text.apply("rateLimit"), text.apply("sharedUsers"),
                !text.apply("macLock").isEmpty(), text.apply("applyTo").isEmpty() ? "new" : text.apply("applyTo"));
    }

    /** The plan's values, each quota in the largest unit that measures it exactly. */
    public static PlanForm of(Plan plan) {
        Units time = plan.timeQuotaSeconds() == null ? Units.HOURS
                : Units.largestExact(plan.timeQuotaSeconds(), Units.TIME);
        Units validity = plan.validitySeconds() == null ? Units.DAYS
                : Units.largestExact(plan.validitySeconds(), Units.TIME);
        Units data = plan.dataQuotaBytes() == null ? Units.GB : Units.largestExact(plan.dataQuotaBytes(), Units.DATA);
        return new PlanForm(plan.name(), price(plan.price(), plan.currency()), plan.currency(),
                amount(plan.timeQuotaSeconds(), time), time.value(), amount(plan.validitySeconds(), validity),
                validity.value(), amount(plan.dataQuotaBytes(), data), data.value(),
                plan.rateLimit() == null ? "" : plan.rateLimit(), Integer.toString(plan.sharedUsers()), plan.macLock(),
                "new");
    }

    /** The price as the currency writes it: 2.50 dollars, 10 dinars; more decimals only when the plan has them. */
    private static String price(BigDecimal price, String currency) {
        BigDecimal plain = price.stripTrailingZeros();
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException e) {
            digits = 0;
        }
        return plain.setScale(Math.max(digits, Math.max(0, plain.scale()))).toPlainString();
    }

    private static String amount(Long value, Units unit) {
        return value == null ? "" : Long.toString(value / unit.size);
    }

    /** What is wrong, field by field, before voucher-service is asked; empty when nothing is. */
    public Map<String, Error> errors() {
        Map<String, Error> errors = new LinkedHashMap<>();
        if (name.isEmpty()) {
            errors.put("name", Error.REQUIRED);
        }
        if (price.isEmpty()) {
            errors.put("price", Error.REQUIRED);
        } else if (decimal(price) == null || decimal(price).signum() < 0) {
            errors.put("price", Error.NUMBER);
        }
        if (!CURRENCY.matcher(currency).matches()) {
            errors.put("currency", Error.CURRENCY);
        }
        check(errors, "timeQuota", timeQuota, Units.parse(timeUnit, Units.TIME), 60, MAX_SECONDS, Error.TIME_RANGE);
        check(errors, "validity", validity, Units.parse(validityUnit, Units.TIME), 1, MAX_SECONDS,
                Error.VALIDITY_RANGE);
        check(errors, "dataQuota", dataQuota, Units.parse(dataUnit, Units.DATA), Units.MB.size, MAX_BYTES,
                Error.DATA_RANGE);
        if (!WHOLE.matcher(sharedUsers).matches() || Long.parseLong(sharedUsers) < 1
                || Long.parseLong(sharedUsers) > 1000) {
            errors.put("sharedUsers", Error.SHARED_USERS);
        }
        return errors;
    }

    private static void check(Map<String, Error> errors, String field, String amount, Units unit, long min, long max,
            Error range) {
        if (amount.isEmpty()) {
            return;
        }
        if (!WHOLE.matcher(amount).matches() || unit == null) {
            errors.put(field, Error.WHOLE_NUMBER);
            return;
        }
        long value = Long.parseLong(amount);
        if (value > max / unit.size || value * unit.size < min) {
            errors.put(field, range);
        }
    }

    /**
     * The plan as voucher-service's profile fields, every field named (an empty quota as an explicit
     * null), so the same body creates a plan or replaces all of an existing one's form fields.
     * Only after {@link #errors()} found nothing.
     */
    public ObjectNode body() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("name", name);
        body.put("price", decimal(price));
        body.put("currency", currency);
        body.put("timeQuotaSeconds", inUnits(timeQuota, Units.parse(timeUnit, Units.TIME)));
        body.put("validitySeconds", inUnits(validity, Units.parse(validityUnit, Units.TIME)));
        body.put("dataQuotaBytes", inUnits(dataQuota, Units.parse(dataUnit, Units.DATA)));
        body.put("rateLimit", rateLimit.isEmpty() ? null : rateLimit);
        body.put("sharedUsers", Integer.parseInt(sharedUsers));
        body.put("macLock", macLock);
        return body;
    }

    /** {@code new}, {@code unused} or {@code all}, as voucher-service names them; {@code new} for anything else. */
    public String scope() {
        return switch (applyTo) {
            case "unused", "all" -> applyTo;
            default -> "new";
        };
    }

    private static Long inUnits(String amount, Units unit) {
        return amount.isEmpty() ? null : Long.parseLong(amount) * unit.size;
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The form field a violation voucher-service reported is about, and what to say there: the
     * service's own sentences are English, so each known field gets this page's sentence for it.
     */
    public static Map.Entry<String, Error> fieldOf(String serviceField) {
        String field = FIELDS_OF_THE_SERVICE.get(serviceField == null ? "" : serviceField.replaceFirst("^.*\\.", ""));
        if (field == null) {
            return null;
        }
        Error error = switch (field) {
            case "timeQuota" -> Error.TIME_RANGE;
            case "validity" -> Error.VALIDITY_RANGE;
            case "dataQuota" -> Error.DATA_RANGE;
            case "rateLimit" -> Error.RATE_LIMIT;
            case "sharedUsers" -> Error.SHARED_USERS;
            case "currency" -> Error.CURRENCY;
            case "price" -> Error.NUMBER;
            default -> Error.INVALID;
        };
        return Map.entry(field, error);
    }
}
