package org.hotspot.portal.dashboard.people;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reseller's grant as typed: credit to add in a currency, and the plans they may sell (replacing
 * the previous choice); what is wrong, field to a key of {@link PeopleMessages}.
 */
@TemplateData
public record CreditForm(String addCredit, String currency, Set<String> planIds, Map<String, String> errors) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}([.,]\\d{1,4})?");

    static CreditForm of(String currency, List<String> allowed) {
        return new CreditForm("0", currency, Set.copyOf(allowed), Map.of());
    }

    static CreditForm from(String addCredit, String currency, List<String> planIds) {
        String amount = addCredit == null || addCredit.isBlank() ? "0" : addCredit.trim();
        String code = currency == null ? "" : currency.trim().toUpperCase(Locale.ROOT);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!AMOUNT.matcher(amount).matches()) {
            errors.put("addCredit", "errorCredit");
        }
        if (!CURRENCY.matcher(code).matches()) {
            errors.put("currency", "errorCurrency");
        }
        return new CreditForm(amount, code, planIds == null ? Set.of() : Set.copyOf(planIds), errors);
    }

    BigDecimal amount() {
        return new BigDecimal(addCredit.replace(',', '.'));
    }

    public boolean allows(String planId) {
        return planIds.contains(planId);
    }
}
