package org.hotspot.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {

    @ParameterizedTest(name = "lang={0}, Accept-Language={1}, organization={2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            // ?lang first, then the browser, then the organization, then English.
            "fr|ar|ru|fr",
            "NONE|ar-EG,en;q=0.8|ru|ar",
            "NONE|NONE|fa|fa",
            "NONE|NONE|NONE|en",
            // Unknown or malformed values fall through to the next choice.
            "de|NONE|ru|ru",
            "NONE|de-DE,fr;q=0.5|ru|fr",
            "NONE|de-DE|ru|ru",
            "NONE|;;;q=x|ru|ru",
            "'<script>'|NONE|NONE|en",
            // Weights count, not order.
            "NONE|en;q=0.2,fa;q=0.9|NONE|fa",
            "FR-ca|NONE|NONE|fr",
    })
    void choosesInOrder(String lang, String acceptLanguage, String organization, String chosen) {
        assertThat(Languages.choose(lang, acceptLanguage, organization).tag()).isEqualTo(chosen);
    }

    @ParameterizedTest
    @CsvSource({"en, ltr", "ar, rtl", "fa, rtl", "ru, ltr", "fr, ltr"})
    void arabicAndPersianReadRightToLeft(String tag, String dir) {
        assertThat(Languages.byTag(tag).orElseThrow().dir()).isEqualTo(dir);
    }
}
