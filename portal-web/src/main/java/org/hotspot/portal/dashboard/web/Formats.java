package org.hotspot.portal.dashboard.web;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberFormatter.UnitWidth;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hotspot.portal.web.Language;

/**
 * Numbers, sizes, dates and durations written for the page's language with ICU's data, in that
 * language's digits (Persian digits for {@code fa}) and word order, dates in the organization's
 * time zone. In templates: {@code {frame.formats.number(count)}}. Null in, empty text out.
 */
@TemplateData
public final class Formats {

    private static final List<MeasureUnit> SIZES = List.of(MeasureUnit.BYTE, MeasureUnit.KILOBYTE,
            MeasureUnit.MEGABYTE, MeasureUnit.GIGABYTE, MeasureUnit.TERABYTE);

    private final ULocale locale;
    private final TimeZone zone;

    private Formats(ULocale locale, TimeZone zone) {
        this.locale = locale;
        this.zone = zone;
    }

    /** Formats for a language and a time zone (UTC when null), in the language's own digits. */
    public static Formats of(Language language, ZoneId zone) {
        return of(language, zone, false);
    }

    /**
     * Formats for a language and a time zone (UTC when null); with {@code persianDigits} numbers and
     * dates are written in Persian digits (۱۲۳) whatever the language, as an organization in Iran may
     * want its English or Arabic pages too.
     */
    public static Formats of(Language language, ZoneId zone, boolean persianDigits) {
        ULocale locale = ULocale.forLanguageTag(language.tag());
        if (persianDigits) {
            // ICU's "arabext" numbering system is the extended Arabic-Indic digits Persian writes.
            locale = locale.setKeywordValue("numbers", "arabext");
        }
        return new Formats(locale, TimeZone.getTimeZone(zone == null ? "UTC" : zone.getId()));
    }

    /** A whole number with the language's grouping and digits: 12,345, ۱۲٬۳۴۵, 12 345. */
    public String number(Long value) {
        return value == null ? "" : NumberFormatter.withLocale(locale).format(value).toString();
    }

    /**
     * An amount of money with its ISO 4217 currency where the language puts it: {@code $2.50},
     * {@code ٢٫٥٠ US$}; without a currency just the number. Empty for no amount.
     */
    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        if (currency == null || currency.isBlank()) {
            return NumberFormatter.withLocale(locale).format(amount).toString();
        }
        return NumberFormatter.withLocale(locale).unit(Currency.getInstance(currency)).format(amount).toString();
    }

    /** A size in the largest decimal unit that keeps at least one whole, one decimal at most: 1.5 GB. */
    public String bytes(Long value) {
        if (value == null) {
            return "";
        }
        double amount = Math.max(0, value);
        int step = 0;
        while (step < SIZES.size() - 1 && amount >= 1000) {
            amount /= 1000;
            step++;
        }
        LocalizedNumberFormatter formatter = NumberFormatter.withLocale(locale)
                .unit(SIZES.get(step))
                .unitWidth(UnitWidth.SHORT)
                .precision(Precision.maxFraction(1));
        return formatter.format(amount).toString();
    }

    /** A date and time, medium date and short time, in the organization's zone. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale);
        format.setTimeZone(zone);
        return format.format(Date.from(instant));
    }

    /** A date alone, in the organization's zone. */
    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        DateFormat format = DateFormat.getDateInstance(DateFormat.MEDIUM, locale);
        format.setTimeZone(zone);
        return format.format(Date.from(instant));
    }

    /** Days, hours and minutes in words ("2 days, 3 hours"); seconds only under a minute. */
    public String duration(Long seconds) {
        if (seconds == null) {
            return "";
        }
        long rest = Math.max(0, seconds);
        List<Measure> measures = new ArrayList<>(3);
        addIfAny(measures, rest / 86_400, MeasureUnit.DAY);
        addIfAny(measures, rest % 86_400 / 3600, MeasureUnit.HOUR);
        addIfAny(measures, rest % 3600 / 60, MeasureUnit.MINUTE);
        if (measures.isEmpty()) {
            measures.add(new Measure(rest, MeasureUnit.SECOND));
        }
        return MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.SHORT)
                .formatMeasures(measures.toArray(Measure[]::new));
    }

    private static void addIfAny(List<Measure> measures, long amount, MeasureUnit unit) {
        if (amount > 0) {
            measures.add(new Measure(amount, unit));
        }
    }
}
