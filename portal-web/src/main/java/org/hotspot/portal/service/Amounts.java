package org.hotspot.portal.service;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A voucher's time, data and end date written for a language with ICU's own data: "2 hours, 5
 * minutes", "ساعتان و5 دقائق", "1,5 Go", in that language's digits and order. Null for unlimited.
 */
final class Amounts {

    private static final long KILO = 1000;

    private Amounts() {
    }

    /** Days, hours and minutes (seconds only under a minute). */
    static String duration(Long seconds, ULocale locale) {
        if (seconds == null) {
            return null;
        }
        long left = Math.max(0, seconds);
        List<Measure> parts = new ArrayList<>();
        long days = left / 86_400;
        long hours = left % 86_400 / 3600;
        long minutes = left % 3600 / 60;
        if (days > 0) {
            parts.add(new Measure(days, MeasureUnit.DAY));
        }
        if (hours > 0) {
            parts.add(new Measure(hours, MeasureUnit.HOUR));
        }
        if (minutes > 0 && days == 0) {
            parts.add(new Measure(minutes, MeasureUnit.MINUTE));
        }
        if (parts.isEmpty()) {
            parts.add(new Measure(left, MeasureUnit.SECOND));
        }
        return MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE)
                .formatMeasures(parts.toArray(new Measure[0]));
    }

    /** In the largest decimal unit that keeps at least one whole (1.5 GB, 820 MB). */
    static String bytes(Long bytes, ULocale locale) {
        if (bytes == null) {
            return null;
        }
        double value = Math.max(0, bytes);
        MeasureUnit unit = MeasureUnit.BYTE;
        for (MeasureUnit larger : List.of(MeasureUnit.KILOBYTE, MeasureUnit.MEGABYTE, MeasureUnit.GIGABYTE,
                MeasureUnit.TERABYTE)) {
            if (value < KILO) {
                break;
            }
            value /= KILO;
            unit = larger;
        }
        NumberFormat number = NumberFormat.getInstance(locale);
        number.setMaximumFractionDigits(1);
        return MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.SHORT, number)
                .format(new Measure(value, unit));
    }

    /** Date and time in UTC, said so: the portal does not know the hotspot's time zone. */
    static String instant(Instant instant, ULocale locale) {
        if (instant == null) {
            return null;
        }
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMMdHHmmz", locale);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(Date.from(instant));
    }
}
