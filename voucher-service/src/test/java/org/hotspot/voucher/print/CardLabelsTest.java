package org.hotspot.voucher.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
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
        assertThat(plain(CardLabels.forLanguage("en").summary(DAY, 2_000_000_000L, "4M/2M")))
                .isEqualTo("1 day · 2 GB · 2 Mbit/s");
        assertThat(plain(CardLabels.forLanguage("en").summary(9_000L, 1_500_000_000L, "512k/512k")))
                .isEqualTo("2 hr, 30 min · 1.5 GB · 512 kbit/s");
        assertThat(plain(CardLabels.forLanguage("fr").summary(30 * DAY, 500_000_000L, null)))
                .isEqualTo("30 j · 500 Mo");
    }

    @Test
    void theSummaryLeavesOutWhatIsUnlimitedAndSaysUnlimitedWhenAllIs() {
        assertThat(CardLabels.forLanguage("en").summary(null, null, null)).isEqualTo("Unlimited");
        assertThat(CardLabels.forLanguage("fr").summary(null, null, " ")).isEqualTo("Illimité");
        assertThat(CardLabels.forLanguage("ar").summary(null, null, null)).isEqualTo("غير محدود");
        assertThat(plain(CardLabels.forLanguage("en").summary(null, 2_000_000_000L, null))).isEqualTo("2 GB");
    }

    @Test
    void persianUsesPersianDigitsAndWords() {
        String summary = CardLabels.forLanguage("fa").summary(DAY, 2_000_000_000L, "4M/4M");

        assertThat(summary).contains("۱ روز", "۲", "۴ مگابیت/ثانیه").doesNotContainPattern("[0-9]");
    }

    @Test
    void rightToLeftSummariesIsolateEachPartAndUseTheArabicComma() {
        // Without isolates "۲ GB، ۴ مگابیت" reorders into "۴ ۲ GB" for a Persian reader.
        assertThat(plain(CardLabels.forLanguage("fa").summary(null, 2_000_000_000L, "4M/4M")))
                .isEqualTo("\u2067۲ گیگابایت\u2069، \u2067۴ مگابیت/ثانیه\u2069");
    }

    @Test
    void dataIsPrintedAsTheRouterEnforcesItInTheUnitThePlanWasMadeIn() {
        CardLabels english = CardLabels.forLanguage("en");
        long gib = 1L << 30;
        long mib = 1L << 20;

        // 1 GiB is 1,073,741,824 bytes: "1.1 GB" would promise 26 MB the router never gives.
        assertThat(plain(english.dataAmount(gib))).isEqualTo("1 GiB");
        assertThat(plain(english.dataAmount(3 * gib / 2))).isEqualTo("1.5 GiB");
        assertThat(plain(english.dataAmount(500 * mib))).isEqualTo("500 MiB");
        assertThat(plain(english.dataAmount(1000 * mib))).isEqualTo("1,000 MiB");
        assertThat(plain(english.dataAmount(2_000_000_000L))).isEqualTo("2 GB");
        assertThat(plain(english.dataAmount(500_000_000L))).isEqualTo("500 MB");
        assertThat(plain(english.dataAmount(1_500_000_000L))).isEqualTo("1.5 GB");
        assertThat(plain(english.dataAmount(512))).isEqualTo("512 B");
        // Nothing exact: decimal units, rounded down, never up.
        assertThat(plain(english.dataAmount(1_999_999_999L))).isEqualTo("1.9 GB");
        assertThat(plain(english.dataAmount(gib + 1))).isEqualTo("1 GB");
    }

    @Test
    void dataUnitsAreInTheCardsLanguage() {
        long gib = 1L << 30;

        assertThat(plain(CardLabels.forLanguage("fr").dataAmount(gib))).isEqualTo("1 Gio");
        assertThat(plain(CardLabels.forLanguage("fr").dataAmount(2_500_000_000L))).isEqualTo("2,5 Go");
        assertThat(plain(CardLabels.forLanguage("ru").dataAmount(gib))).isEqualTo("1 ГиБ");
        assertThat(plain(CardLabels.forLanguage("ru").dataAmount(2_000_000_000L))).isEqualTo("2 ГБ");
        assertThat(plain(CardLabels.forLanguage("ar").dataAmount(2_000_000_000L))).isEqualTo("2 غيغابايت");
        assertThat(plain(CardLabels.forLanguage("fa").dataAmount(gib))).isEqualTo("۱ گیبی\u200Cبایت");
    }

    @Test
    void theExpiryIsADateAndTimeWithItsZoneInTheCardsLanguage() {
        Instant newYear = Instant.parse("2027-01-01T00:00:00Z");

        assertThat(plain(CardLabels.forLanguage("en").useBefore(newYear)))
                .isEqualTo("Use before: Jan 1, 2027, 12:00 AM UTC");
        assertThat(plain(CardLabels.forLanguage("fr").useBefore(newYear)))
                .startsWith("À utiliser avant le 1 janv. 2027");
        assertThat(CardLabels.forLanguage("ru").useBefore(newYear)).startsWith("Использовать до: 1 янв. 2027");
        assertThat(CardLabels.forLanguage("ar").useBefore(newYear)).startsWith("يُستخدم قبل: 1 يناير 2027");
        // Three hours east of UTC, the same instant is 3 AM.
        assertThat(plain(CardLabels.forLanguage("en").inZone(ZoneId.of("Asia/Baghdad")).useBefore(newYear)))
                .startsWith("Use before: Jan 1, 2027, 3:00 AM");
    }

    @Test
    void russianHasItsOwnWords() {
        CardLabels russian = CardLabels.forLanguage("ru");

        assertThat(russian.language()).isEqualTo("ru");
        assertThat(russian.rightToLeft()).isFalse();
        assertThat(russian.code()).isEqualTo("Код");
        assertThat(russian.notPrinted(3)).contains("3");
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
