package org.hotspot.portal.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest(name = "{0} s in {1}")
    @CsvSource(delimiter = '|', value = {
            "7500|en|2 hours, 5 minutes",
            "90000|en|1 day, 1 hour",
            "45|en|45 seconds",
            "7500|fr|2 heures et 5 minutes",
            "3600|ru|1 час",
    })
    void durationsInTheLanguage(long seconds, String tag, String text) {
        assertThat(spaces(Amounts.duration(seconds, ULocale.forLanguageTag(tag)))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} bytes in {1}")
    @CsvSource(delimiter = '|', value = {
            "1500000000|en|1.5 GB",
            "820000000|en|820 MB",
            "512|en|512 byte",
            "1500000000|fr|1,5 Go",
    })
    void bytesInTheLanguage(long bytes, String tag, String text) {
        assertThat(spaces(Amounts.bytes(bytes, ULocale.forLanguageTag(tag)))).isEqualTo(text);
    }

    /** ICU's own words and digits: Arabic's dual, Persian's digits. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"ar|ساعتان و5 دقائق", "fa|۲ ساعت و ۵ دقیقه"})
    void arabicAndPersianInTheirOwnWords(String tag, String text) {
        assertThat(spaces(Amounts.duration(7500L, ULocale.forLanguageTag(tag)))).isEqualTo(text);
    }

    /** French and Persian put no-break spaces between number and unit; the words are what is checked. */
    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @ParameterizedTest
    @CsvSource({"en", "ar"})
    void unlimitedIsNull(String tag) {
        assertThat(Amounts.duration(null, ULocale.forLanguageTag(tag))).isNull();
        assertThat(Amounts.bytes(null, ULocale.forLanguageTag(tag))).isNull();
        assertThat(Amounts.instant(null, ULocale.forLanguageTag(tag))).isNull();
        assertThat(Amounts.instant(Instant.parse("2026-12-31T23:00:00Z"), ULocale.forLanguageTag(tag))).isNotBlank();
    }
}
