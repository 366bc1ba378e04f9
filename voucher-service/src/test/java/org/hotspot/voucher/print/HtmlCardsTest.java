package org.hotspot.voucher.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlCardsTest {

    @Test
    void anOrganizationNameIsEscapedNotExecuted() {
        String html = HtmlCards.html(PdfCardsTest.cards(2, "<script>alert('x')</script> & \"Co\""), Layout.A4,
                CardLabels.forLanguage("en"));

        assertThat(html).doesNotContain("<script>", "alert('x')")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;");
    }

    @Test
    void arabicAndPersianPagesAreRightToLeftWithTheirLanguage() {
        for (String language : List.of("ar", "fa")) {
            String html =
                    HtmlCards.html(PdfCardsTest.cards(1, "شبكة النور"), Layout.A4, CardLabels.forLanguage(language));

            assertThat(html).contains("<html lang=\"" + language + "\" dir=\"rtl\">", "شبكة النور");
        }
        assertThat(HtmlCards.html(PdfCardsTest.cards(1, "Net"), Layout.A4, CardLabels.forLanguage("fr")))
                .contains("<html lang=\"fr\" dir=\"ltr\">", "Scannez pour vous connecter");
    }

    @Test
    void theCodeIsIsolatedLeftToRightEvenOnARightToLeftPage() {
        List<Card> cards = PdfCardsTest.cards(3, "شبكة النور");
        String html = HtmlCards.html(cards, Layout.A4, CardLabels.forLanguage("fa"));

        for (Card card : cards) {
            assertThat(html).contains("<bdi dir=\"ltr\">" + card.code() + "</bdi>");
        }
    }

    @Test
    void everyCardHasItsQrCodeInline() {
        List<Card> cards = PdfCardsTest.cards(3, "Net");
        String html = HtmlCards.html(cards, Layout.A4, CardLabels.forLanguage("en"));

        assertThat(html.split("<svg ", -1)).hasSize(4);
        assertThat(html).contains(QrCodes.svg(cards.get(2).qrContent()));
    }

    @Test
    void thePageSizeFollowsTheLayout() {
        List<Card> cards = PdfCardsTest.cards(12, "Net");
        CardLabels english = CardLabels.forLanguage("en");

        String a4 = HtmlCards.html(cards, Layout.A4, english);
        assertThat(a4).contains("@page { size: A4;");
        assertThat(a4.split("<section class=\"page\">", -1)).hasSize(3);
        assertThat(HtmlCards.html(cards, Layout.THERMAL_58, english)).contains("@page { size: 58mm ");
        String roll = HtmlCards.html(cards, Layout.THERMAL_80, english);
        assertThat(roll).contains("@page { size: 80mm ");
        assertThat(roll.split("<section class=\"page\">", -1)).hasSize(13);
    }
}
