package org.hotspot.voucher.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardLabelsTest {

    private static final long DAY = 86_400;

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "de", "zh-CN", "xx"})
    void anUnknownLanguageFallsBackToEnglish(String tag) {
        CardLabels labels = CardLabels.forLanguage(tag);

        assertThat(labels.language()).isEqualTo("en");
        assertThat(labels.rightToLeft()).isFalse();
        assertThat(labels.code()).isEqualTo("Code");
        assertThat(labels.scanToConnect()).isEqualTo("Scan to connect");
    }

    @Test
    void arabicAndPersianAreRightToLeftEnglishAndFrenchAreNot() {
        assertThat(CardLabels.forLanguage("ar").rightToLeft()).isTrue();
        assertThat(CardLabels.forLanguage("fa-IR").rightToLeft()).isTrue();
        assertThat(CardLabels.forLanguage("en").rightToLeft()).isFalse();
        assertThat(CardLabels.forLanguage("fr-CA").rightToLeft()).isFalse();
        assertThat(CardLabels.forLanguage("fa").unlimited()).isEqualTo("نامحدود");
        assertThat(CardLabels.forLanguage("fr").price()).isEqualTo("Prix");
    }

    @Test
    void theSummaryIsTimeDataAndDownloadSpeed() {
        // 4M/2M: RouterOS's rx/tx, so the client downloads at 2 Mbit/s.
        assertThat(CardLabels.forLanguage("en").summary(DAY, 2_000_000_000L, "4M/2M"))
                .isEqualTo("1 day · 2 GB · 2 Mbit/s");
        assertThat(CardLabels.forLanguage("en").summary(9_000L, 1_500_000_000L, "512k/512k"))
                .isEqualTo("2 hr, 30 min · 1.5 GB · 512 kbit/s");
        assertThat(plain(CardLabels.forLanguage("fr").summary(30 * DAY, 500_000_000L, null)))
                .isEqualTo("30 j · 500 Mo");
    }

    @Test
    void theSummaryLeavesOutWhatIsUnlimitedAndSaysUnlimitedWhenAllIs() {
        assertThat(CardLabels.forLanguage("en").summary(null, null, null)).isEqualTo("Unlimited");
        assertThat(CardLabels.forLanguage("fr").summary(null, null, " ")).isEqualTo("Illimité");
        assertThat(CardLabels.forLanguage("ar").summary(null, null, null)).isEqualTo("غير محدود");
        assertThat(CardLabels.forLanguage("en").summary(null, 2_000_000_000L, null)).isEqualTo("2 GB");
    }

    @Test
    void persianUsesPersianDigitsAndWords() {
        String summary = CardLabels.forLanguage("fa").summary(DAY, 2_000_000_000L, "4M/4M");

        assertThat(summary).contains("۱ روز", "۲", "۴ مگابیت/ثانیه").doesNotContainPattern("[0-9]");
    }

    @Test
    void rightToLeftSummariesIsolateEachPartAndUseTheArabicComma() {
        // Without isolates "۲ GB، ۴ مگابیت" reorders into "۴ ۲ GB" for a Persian reader.
        assertThat(CardLabels.forLanguage("fa").summary(null, 2_000_000_000L, "4M/4M"))
                .isEqualTo("\u2067۲ GB\u2069، \u2067۴ مگابیت/ثانیه\u2069");
    }

    @Test
    void durationsUseTheirTwoLargestUnits() {
        CardLabels english = CardLabels.forLanguage("en");

        assertThat(english.duration(DAY + 300)).isEqualTo("1 day");
        assertThat(english.duration(2 * DAY + 3 * 3600)).isEqualTo("2 days, 3 hr");
        assertThat(english.duration(3600)).isEqualTo("1 hr");
        assertThat(english.duration(45)).isEqualTo("45 sec");
    }

    @Test
    void pricesCarryTheCurrencyAsTheLocaleWritesIt() {
        assertThat(CardLabels.forLanguage("en").money(new BigDecimal("5.5"), "USD")).isEqualTo("$5.50");
        assertThat(plain(CardLabels.forLanguage("fr").money(new BigDecimal("5.5"), "EUR"))).isEqualTo("5,50 €");
        assertThat(CardLabels.forLanguage("fa").money(new BigDecimal("50000"), "IRR")).contains("۵۰٬۰۰۰", "ریال");
    }

    /** CLDR puts no-break spaces between numbers and units; what matters here is the words. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
