package org.hotspot.portal.dashboard.plans;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import org.hotspot.portal.web.Language;

/** Amounts of money in the page's language: its digits, its grouping, the currency where it puts it. */
public final class Prices {

    private Prices() {
    }

    /** {@code 2.50 USD} as {@code $2.50}, {@code ٢٫٥٠ US$} or {@code ۲٫۵۰ ‎$‎}; empty for no amount. */
    public static String format(BigDecimal amount, String currency, Language language) {
        if (amount == null) {
            return "";
        }
        ULocale locale = ULocale.forLanguageTag(language.tag());
        if (currency == null || currency.isBlank()) {
            return NumberFormatter.withLocale(locale).format(amount).toString();
        }
        return NumberFormatter.withLocale(locale).unit(Currency.getInstance(currency)).format(amount).toString();
    }
}
