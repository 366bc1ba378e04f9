package org.hotspot.portal.dashboard.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.hotspot.portal.dashboard.web.Formats;
import org.hotspot.portal.web.Languages;
import org.junit.jupiter.api.Test;

/** Numbers, sizes, dates and durations as each language writes them, with its own digits. */
class FormatsTest {

    @Test
    void persianPagesUsePersianDigitsAndEnglishOnesGroupThousands() {
        Formats persian = Formats.of(Languages.byTag("fa").orElseThrow(), null);
        Formats english = Formats.of(Languages.ENGLISH, null);

        assertThat(persian.number(12_345L)).startsWith("۱۲").endsWith("۳۴۵").doesNotContainPattern("[0-9]");
        assertThat(english.number(12_345L)).isEqualTo("12,345");
        assertThat(english.number(null)).isEmpty();
    }

    @Test
    void sizesDatesAndDurationsReadNaturally() {
        Formats english = Formats.of(Languages.ENGLISH, ZoneId.of("Asia/Tehran"));
        Formats french = Formats.of(Languages.byTag("fr").orElseThrow(), null);

        assertThat(spaced(english.bytes(1_500_000_000L))).isEqualTo("1.5 GB");
        assertThat(spaced(french.bytes(820_000_000L))).isEqualTo("820 Mo");
        assertThat(english.duration(2L * 86_400 + 3 * 3600)).contains("2").contains("day").contains("3").contains("hr");
        assertThat(english.duration(42L)).contains("42").contains("sec");
        // 20:30 UTC is midnight in Tehran (UTC+3:30): the organization's zone, not the server's.
        assertThat(english.dateTime(Instant.parse("2026-03-01T20:30:00Z"))).contains("Mar 2, 2026").contains("12:00");
    }

    /** ICU separates numbers from units with no-break spaces; compared here as plain ones. */
    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
