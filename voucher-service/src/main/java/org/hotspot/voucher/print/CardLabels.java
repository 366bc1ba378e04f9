package org.hotspot.voucher.print;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.hotspot.voucher.RateLimit;

/**
 * The texts of a card in the organization's language (English, French, Arabic, Persian, Russian;
 * any other language falls back to English), with numbers, units and prices formatted for that locale. The
 * voucher code is never passed through here: it stays Latin and left to right in every language.
 *
 * <p>Immutable and thread-safe; ICU's formatters are not, so each call makes its own (ICU caches the
 * locale data behind them).
 */
public final class CardLabels {

    /** Between the parts of a plan summary. */
    static final String SEPARATOR = " · ";
    /**
     * The Arabic comma in right-to-left summaries: a middle dot looks like the Persian and
     * Arabic-Indic zero (۰ ٠) printed next to it.
     */
    static final String RTL_SEPARATOR = "، ";
    /** RIGHT-TO-LEFT ISOLATE and POP DIRECTIONAL ISOLATE, see {@link #summary(Long, Long, String)}. */
    private static final char RLI = '\u2067';
    private static final char PDI = '\u2069';

    /** GiB, GB, MiB, MB, KiB, kB: the units a data amount is tried in, largest first, binary first. */
    private static final long[] EXACT_SIZES = {1L << 30, 1_000_000_000L, 1L << 20, 1_000_000L, 1L << 10, 1_000L};
    private static final long[] DECIMAL_SIZES = {1_000_000_000L, 1_000_000L, 1_000L};

    private static final ZoneId UTC = ZoneId.of("UTC");

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final ULocale locale;
    private final LabelTexts texts;
    private final ZoneId zone;

    private CardLabels(ULocale locale, LabelTexts texts, ZoneId zone) {
        this.locale = locale;
        this.texts = texts;
        this.zone = zone;
    }

    /**
     * The labels for a BCP 47 tag such as {@code fa}, {@code ar-EG} or {@code fr-CA}. The region is
     * kept for number formatting (ar-EG writes Arabic-Indic digits, plain ar Latin ones, as CLDR has
     * it); a language without texts, a blank tag or null gives English.
     */
    public static CardLabels forLanguage(String languageTag) {
        ULocale requested = languageTag == null ? null : ULocale.forLanguageTag(languageTag.strip());
        LabelTexts texts = requested == null ? null : LabelTexts.of(requested.getLanguage());
        if (texts == null) {
            return new CardLabels(ULocale.forLanguageTag(LabelTexts.FALLBACK), LabelTexts.of(LabelTexts.FALLBACK), UTC);
        }
        return new CardLabels(requested, texts, UTC);
    }

    /** These labels with dates and times shown in a time zone rather than UTC. */
    public CardLabels inZone(ZoneId zone) {
        return new CardLabels(locale, texts, zone);
    }

    /** The locale actually used, after any fallback. */
    public Locale locale() {
        return locale.toLocale();
    }

    /** The language actually used, after any fallback: {@code en}, {@code fr}, {@code ar}, {@code fa} or {@code ru}. */
    public String language() {
        return locale.getLanguage();
    }

    public boolean rightToLeft() {
        return texts.rightToLeft();
    }

    public String code() {
        return texts.code();
    }

    public String price() {
        return texts.price();
    }

    public String time() {
        return texts.time();
    }

    public String validFor() {
        return texts.validFor();
    }

    public String data() {
        return texts.data();
    }

    public String speed() {
        return texts.speed();
    }

    public String unlimited() {
        return texts.unlimited();
    }

    public String scanToConnect() {
        return texts.scanToConnect();
    }

    public String serial() {
        return texts.serial();
    }

    /**
     * When an unused card stops working, such as {@code Use before: Jan 1, 2027, 12:00 AM UTC}: date
     * and time in the locale's calendar and words, with the zone named, since the batch's expiry is
     * an instant and a date alone would be a day off on one side of the world. In UTC unless
     * {@link #inZone} named the zone the cards are sold in.
     */
    public String useBefore(Instant expiresAt) {
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMMdjmz", locale);
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return texts.useBefore().replace("{0}", format.format(Date.from(expiresAt)));
    }

    /** The note saying how many of the chosen vouchers were not printed because they cannot log in. */
    public String notPrinted(int count) {
        return texts.notPrinted().replace("{0}", NumberFormat.getIntegerInstance(locale).format(count));
    }

    /**
     * One line saying what the voucher buys, such as {@code 1 day · 2 GB · 2 Mbit/s}: online time,
     * data, download speed, leaving out what is unlimited; {@link #unlimited()} when all three are.
     * In Arabic and Persian the parts are separated by the Arabic comma and each is wrapped in
     * directional isolates (U+2067 … U+2069), which browsers honour and the PDF removes after use.
     */
    public String summary(Long timeQuotaSeconds, Long dataQuotaBytes, String rateLimit) {
        List<String> parts = new ArrayList<>(3);
        if (timeQuotaSeconds != null) {
            parts.add(duration(timeQuotaSeconds));
        }
        if (dataQuotaBytes != null) {
            parts.add(dataAmount(dataQuotaBytes));
        }
        if (rateLimit != null && !rateLimit.isBlank()) {
            parts.add(downloadSpeed(rateLimit));
        }
        if (parts.isEmpty()) {
            return unlimited();
        }
        if (!rightToLeft()) {
            return String.join(SEPARATOR, parts);
        }
        // Each part isolated as right to left: otherwise the bidi algorithm glues "GB" to the next
        // part's number ("۲ GB، ۲ مگابیت" shows as "۲ ۲ GB" to a Persian reader).
        StringBuilder summary = new StringBuilder();
        for (String part : parts) {
            summary.append(summary.isEmpty() ? "" : RTL_SEPARATOR).append(RLI).append(part).append(PDI);
        }
        return summary.toString();
    }

    /** {@link #summary(Long, Long, String)} of a card's quotas. */
    public String summary(Card card) {
        return summary(card.timeQuotaSeconds(), card.dataQuotaBytes(), card.rateLimit());
    }

    /**
     * A duration in at most its two largest units, such as {@code 1 day}, {@code 2 hr, 30 min}, in
     * the locale's words and plural forms. Seconds appear only in durations under a minute.
     */
    public String duration(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("duration " + seconds + " s is negative");
        }
        if (seconds < 60) {
            return MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.SHORT)
                    .format(new Measure(seconds, MeasureUnit.SECOND));
        }
        long[] amounts = {seconds / 86_400, seconds % 86_400 / 3_600, seconds % 3_600 / 60};
        MeasureUnit[] units = {MeasureUnit.DAY, MeasureUnit.HOUR, MeasureUnit.MINUTE};
        int first = 0;
        while (amounts[first] == 0) {
            first++;
        }
        List<Measure> measures = new ArrayList<>(2);
        measures.add(new Measure(amounts[first], units[first]));
        // Only the unit right after the first: 1 day 0 h 5 min prints as "1 day".
        if (first + 1 < amounts.length && amounts[first + 1] > 0) {
            measures.add(new Measure(amounts[first + 1], units[first + 1]));
        }
        return MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.SHORT)
                .formatMeasures(measures.toArray(Measure[]::new));
    }

    /**
     * A data amount as the router enforces it, in the unit the plan was made in: the largest unit,
     * binary (GiB, MiB, KiB) before decimal (GB, MB, kB), in which the amount is exact with at most
     * one decimal, so 1 GiB prints {@code 1 GiB}, 1.5 GiB {@code 1.5 GiB}, 500 MiB {@code 500 MiB}
     * and 2,000,000,000 bytes {@code 2 GB}. Any other amount prints in decimal units rounded down,
     * never up: a card must not promise more than the router allows.
     */
    public String dataAmount(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("data amount " + bytes + " bytes is negative");
        }
        LabelTexts.DataUnits units = texts.dataUnits();
        BigDecimal amount = BigDecimal.valueOf(bytes);
        String[] exactUnits = {units.gibibytes(), units.gigabytes(), units.mebibytes(), units.megabytes(),
                units.kibibytes(), units.kilobytes()};
        for (int i = 0; i < EXACT_SIZES.length; i++) {
            if (bytes >= EXACT_SIZES[i]) {
                BigDecimal inUnit = amount.divide(BigDecimal.valueOf(EXACT_SIZES[i])).stripTrailingZeros();
                if (inUnit.scale() <= 1) {
                    return exactUnits[i].replace("{0}", oneDecimal().format(inUnit));
                }
            }
        }
        String[] decimalUnits = {units.gigabytes(), units.megabytes(), units.kilobytes()};
        for (int i = 0; i < DECIMAL_SIZES.length; i++) {
            if (bytes >= DECIMAL_SIZES[i]) {
                BigDecimal roundedDown = amount.divide(BigDecimal.valueOf(DECIMAL_SIZES[i]), 1, RoundingMode.DOWN);
                return decimalUnits[i].replace("{0}", oneDecimal().format(roundedDown));
            }
        }
        return units.bytes().replace("{0}", oneDecimal().format(amount));
    }

    /** A rate in bits per second as Mbit/s (from 1,000,000) or kbit/s, with at most one decimal. */
    public String speed(long bitsPerSecond) {
        if (bitsPerSecond < 0) {
            throw new IllegalArgumentException("speed " + bitsPerSecond + " bit/s is negative");
        }
        boolean mega = bitsPerSecond >= 1_000_000L;
        BigDecimal amount = BigDecimal.valueOf(bitsPerSecond).divide(mega ? MILLION : THOUSAND);
        String pattern = mega ? texts.megabitsPerSecond() : texts.kilobitsPerSecond();
        return pattern.replace("{0}", oneDecimal().format(amount));
    }

    /**
     * A price with its currency as the locale writes it, such as {@code $5.50}, {@code 5,50 $US} or
     * {@code ‎ریال ۵۰٬۰۰۰}, with the currency's usual number of decimals.
     *
     * @param currency ISO 4217
     */
    public String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }

    private String downloadSpeed(String rateLimit) {
        try {
            // tx is what the router sends, so the client's download: the speed a customer cares about.
            return speed(RateLimit.parse(rateLimit).tx());
        } catch (IllegalArgumentException e) {
            // Profiles are validated when saved; should an old one not parse, print what it says
            // rather than refuse to print the batch.
            return rateLimit;
        }
    }

    private NumberFormat oneDecimal() {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        // Down, never up: 1.55 Mbit/s printed as 1.6 would promise more than the router gives.
        number.setRoundingMode(RoundingMode.DOWN.ordinal());
        return number;
    }
}
