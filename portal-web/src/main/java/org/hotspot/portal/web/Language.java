package org.hotspot.portal.web;

import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * A language the pages are written in.
 *
 * @param tag  its BCP 47 tag, for {@code <html lang>} and {@code ?lang=}
 * @param name its name in itself, for the language links
 */
public record Language(String tag, String name) {

    /** {@code rtl} for Arabic and Persian, as ICU knows them, else {@code ltr}. */
    public String dir() {
        return ULocale.forLanguageTag(tag).isRightToLeft() ? "rtl" : "ltr";
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
