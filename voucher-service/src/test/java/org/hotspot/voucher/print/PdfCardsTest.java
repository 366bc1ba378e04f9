package org.hotspot.voucher.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PdfCardsTest {

    private static final String ARABIC_NAME = "شبكة النور";
    private static final float POINTS_PER_MM = 72 / 25.4f;

    @Test
    void twentyFiveCardsOnA4AreThreePagesWithEveryCodeAndTheLatinTexts() throws IOException {
        List<Card> cards = cards(25, "Café Net <Wi-Fi>");

        try (PDDocument pdf = Loader.loadPDF(PdfCards.pdf(cards, Layout.A4, CardLabels.forLanguage("en")))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(210 * POINTS_PER_MM, Offset.offset(0.5f));
            String text = new PDFTextStripper().getText(pdf);
            for (Card card : cards) {
                assertThat(text).contains(card.code(), card.serial().substring(4));
            }
            assertThat(text.replace('\u00A0', ' ')).contains("Café Net <Wi-Fi>", "Gold 1 day",
                    "1 day · 2 GB · 2 Mbit/s", "$5.50",
                    "Valid for: 30 days", "Scan to connect");
        }
    }

    @Test
    void everyCodeIsPrintedAsAWordThatLogsInInEveryLanguageAndLayout() throws IOException {
        for (String language : List.of("en", "fr", "ar", "fa", "ru")) {
            for (Layout layout : Layout.values()) {
                List<Card> cards = cards(3, "Net");
                try (PDDocument pdf = Loader.loadPDF(PdfCards.pdf(cards, layout, CardLabels.forLanguage(language)))) {
                    String text = new PDFTextStripper().getText(pdf);
                    for (Card card : cards) {
                        assertThat(PrintedText.words(text)).as(language + " " + layout + ": " + text)
                                .contains(card.code());
                    }
                    assertThat(text.codePoints().filter(PrintedText::unprintable).toArray())
                            .as(language + " " + layout + " prints characters nobody can type: " + text).isEmpty();
                }
            }
        }
    }

    @Test
    void aPlanNameKeepsItsOwnOrderOnACardOfTheOtherDirection() throws IOException {
        // An Arabic plan on an English card reads right to left: "GB 10" drawn left of the
        // word, so an Arabic reader reads باقة 10 GB; laid out left to right it read GB باقة 10.
        for (Layout layout : Layout.values()) {
            try (PDDocument pdf = Loader.loadPDF(PdfCards.pdf(List.of(withPlan(cards(1, "Net").get(0), "باقة 10 GB")),
                    layout, CardLabels.forLanguage("en")))) {
                assertThat(DrawnText.runs(pdf.getPage(0))).extracting(DrawnText.Run::unicode).as(layout.name())
                        .anySatisfy(run -> assertThat(run).startsWith("GB 10 ")
                                .satisfies(drawn -> assertThat(reversedLetters(drawn.substring(6))).isEqualTo("باقة")));
            }
            // A Latin plan on an Arabic card reads left to right: laid out right to left it was
            // drawn "GB Gold 10".
            try (PDDocument pdf = Loader.loadPDF(PdfCards.pdf(List.of(withPlan(cards(1, "Net").get(0), "10 GB Gold")),
                    layout, CardLabels.forLanguage("ar")))) {
                assertThat(DrawnText.runs(pdf.getPage(0))).extracting(DrawnText.Run::unicode).as(layout.name())
                        .contains("10 GB Gold").doesNotContain("GB Gold 10");
                assertThat(new PDFTextStripper().getText(pdf)).as(layout.name()).contains("10 GB Gold");
            }
        }
        // A name all in Arabic extracts in its own order from an English card.
        try (PDDocument pdf = Loader.loadPDF(PdfCards.pdf(List.of(withPlan(cards(1, "Net").get(0), "باقة الذهب")),
                Layout.A4, CardLabels.forLanguage("en")))) {
            assertThat(Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC))
                    .contains("باقة الذهب");
        }
    }

    @Test
    void theBatchsExpiryIsOnEveryCard() throws IOException {
        Card card = cards(1, "Net").get(0);
        Card expiring = new Card(card.organizationName(), card.code(), card.planName(), card.price(), card.currency(),
                card.timeQuotaSeconds(), card.validitySeconds(), card.dataQuotaBytes(), card.rateLimit(),
                card.qrContent(), card.serial(), Instant.parse("2027-01-01T00:00:00Z"));
        for (Layout layout : Layout.values()) {
            try (PDDocument pdf =
                    Loader.loadPDF(PdfCards.pdf(List.of(expiring), layout, CardLabels.forLanguage("en")))) {
                assertThat(new PDFTextStripper().getText(pdf).replace('\u202F', ' ')).as(layout.name())
                        .contains("Use before: Jan 1, 2027, 12:00 AM UTC");
            }
        }
        try (PDDocument pdf = Loader.loadPDF(PdfCards.pdf(List.of(card), Layout.A4, CardLabels.forLanguage("en")))) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("Use before");
        }
    }

    @Test
    void vouchersLeftOutAreCountedOnTheSheetAndOnALastSlipOfTheRoll() throws IOException {
        List<Card> cards = cards(2, "Net");
        try (PDDocument pdf = Loader.loadPDF(PdfCards.pdf(cards, Layout.A4, CardLabels.forLanguage("en"), 3))) {
            assertThat(PrintedText.page(pdf, 1)).contains("Not printed (revoked, disabled, expired or used up): 3");
        }
        try (PDDocument pdf = Loader.loadPDF(PdfCards.pdf(cards, Layout.THERMAL_58, CardLabels.forLanguage("fr"), 1))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(PrintedText.page(pdf, 3)).contains("Non imprimés").contains(": 1")
                    .doesNotContain(cards.get(1).code());
        }
        try (PDDocument pdf = Loader.loadPDF(PdfCards.pdf(cards, Layout.A4, CardLabels.forLanguage("en"), 0))) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("Not printed");
        }
    }

    @Test
    void anArabicNameOnPersianCardsIsShapedReorderedAndDrawnWithRealGlyphs() throws IOException {
        List<Card> cards = cards(3, ARABIC_NAME);
        CardLabels persian = CardLabels.forLanguage("fa");

        try (PDDocument pdf = Loader.loadPDF(PdfCards.pdf(cards, Layout.A4, persian))) {
            List<DrawnText.Run> runs = DrawnText.runs(pdf.getPage(0));

            // شبكة النور as drawn left to right: النور then شبكة, each word's letters right to left,
            // each in its joined form (ر isolated, و final, ن medial, ل initial, ا isolated; ة final,
            // ك medial, ب medial, ش initial). Unshaped or unreordered text would not match.
            String visual = "\uFEAD\uFEEE\uFEE8\uFEDF\uFE8D \uFE94\uFEDC\uFE92\uFEB7";
            assertThat(runs).extracting(DrawnText.Run::unicode).contains(visual);
            String everything = runs.stream().map(DrawnText.Run::unicode).reduce("", String::concat);
            assertThat(runs).extracting(DrawnText.Run::unicode)
                    .as("Arabic or Persian letters drawn without their joined forms")
                    .noneMatch(run -> run.codePoints().anyMatch(PdfCardsTest::isUnjoinedLetter));
            // Every character drawn, Persian labels included, has a real glyph, none is .notdef.
            assertThat(runs.stream().mapToInt(DrawnText.Run::notdef).sum()).isZero();
            assertThat(everything).as("characters the font lacked, replaced")
                    .doesNotContain(String.valueOf(PdfFont.MISSING));
            // Persian letters too: ک of کنید ("Scan to connect") in its initial form U+FB90.
            assertThat(everything).contains("\uFB90");

            // And PDFBox's own extraction, which undoes both, reads the logical name back.
            assertThat(new PDFTextStripper().getText(pdf)).contains(ARABIC_NAME, cards.get(0).code());
        }
    }

    @Test
    void aCodeStartingWithDigitsIsDrawnInItsOwnOrderOnArabicSheetsAndRolls() throws IOException {
        // In a right-to-left line the bidi algorithm would split 5224-EQUT-25 into a number and a
        // Latin run and draw EQUT-25-5224: the customer would type a code that does not exist.
        Card digitsFirst = cards(1, ARABIC_NAME).get(0);
        Card card = new Card(digitsFirst.organizationName(), "5224-EQUT-25", digitsFirst.planName(),
                digitsFirst.price(),
                digitsFirst.currency(), digitsFirst.timeQuotaSeconds(), digitsFirst.validitySeconds(),
                digitsFirst.dataQuotaBytes(), digitsFirst.rateLimit(), digitsFirst.qrContent(), digitsFirst.serial(),
                null);
        for (Layout layout : Layout.values()) {
            try (PDDocument pdf = Loader.loadPDF(PdfCards.pdf(List.of(card), layout, CardLabels.forLanguage("ar")))) {
                assertThat(DrawnText.runs(pdf.getPage(0))).extracting(DrawnText.Run::unicode)
                        .as(layout.name()).contains("5224-EQUT-25").doesNotContain("EQUT-25-5224");
            }
        }
    }

    @Test
    void aPageRendersHeadlessAndIsNotBlank() throws IOException {
        try (PDDocument pdf =
                Loader.loadPDF(PdfCards.pdf(cards(10, ARABIC_NAME), Layout.A4, CardLabels.forLanguage("ar")))) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 40);

            long dark = IntStream.range(0, image.getHeight())
                    .flatMap(y -> IntStream.range(0, image.getWidth()).map(x -> image.getRGB(x, y) & 0xFF))
                    .filter(blue -> blue < 128)
                    .count();
            // QR codes alone cover several percent of the sheet; a blank or text-less page would not.
            assertThat(dark).isGreaterThan(image.getWidth() * image.getHeight() / 50L);
        }
    }

    @Test
    void theQrCodeOnAThermalCardScansBackToItsUrl() throws Exception {
        List<Card> cards = cards(1, "Café Net");
        try (PDDocument pdf = Loader.loadPDF(PdfCards.pdf(cards, Layout.THERMAL_58, CardLabels.forLanguage("en")))) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 150);

            assertThat(QrCodesTest.decode(image)).isEqualTo(cards.get(0).qrContent());
        }
    }

    @Test
    void thermal58IsOneCardPer58mmWidePage() throws IOException {
        List<Card> cards = cards(4, ARABIC_NAME);
        try (PDDocument pdf = Loader.loadPDF(PdfCards.pdf(cards, Layout.THERMAL_58, CardLabels.forLanguage("fa")))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(4);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(58 * POINTS_PER_MM, Offset.offset(0.01f));
                // Fitted to the card: taller than the QR code, far shorter than a sheet.
                assertThat(page.getMediaBox().getHeight()).isBetween(120f, 400f);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertThat(stripper.getText(pdf)).contains(cards.get(2).code()).doesNotContain(cards.get(1).code());
        }
    }

    @Test
    void thermal80IsEightyMillimetresWide() throws IOException {
        try (PDDocument pdf =
                Loader.loadPDF(PdfCards.pdf(cards(2, "Net"), Layout.THERMAL_80, CardLabels.forLanguage("fr")))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(80 * POINTS_PER_MM, Offset.offset(0.01f));
            assertThat(new PDFTextStripper().getText(pdf)).contains("Scannez pour vous connecter");
        }
    }

    @Test
    void aCharacterTheFontLacksBecomesAQuestionMarkNotAFailure() throws IOException {
        try (PDDocument pdf =
                Loader.loadPDF(PdfCards.pdf(cards(1, "网络 Net"), Layout.A4, CardLabels.forLanguage("en")))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("?? Net");
        }
    }

    @Test
    void noCardsIsRefused() {
        assertThatThrownBy(() -> PdfCards.pdf(List.of(), Layout.A4, CardLabels.forLanguage("en")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static List<Card> cards(int count, String organization) {
        List<Card> cards = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String code = String.format("ABCD-%04d-JK", i);
            cards.add(new Card(organization, code, "Gold 1 day", new BigDecimal("5.5"), "USD",
                    86_400L, 30 * 86_400L, 2_000_000_000L, "4M/2M",
                    "https://wifi.example.net/login?code=" + code.replace("-", "") + "&t="
                            + Integer.toHexString(i * 7919),
                    String.format("B12-%04d", i), null));
        }
        return cards;
    }

    static Card withPlan(Card card, String planName) {
        return new Card(card.organizationName(), card.code(), planName, card.price(), card.currency(),
                card.timeQuotaSeconds(), card.validitySeconds(), card.dataQuotaBytes(), card.rateLimit(),
                card.qrContent(), card.serial(), card.expiresAt());
    }

    /** Drawn (visual) Arabic back to the letters in reading order: reversed, presentation forms undone. */
    private static String reversedLetters(String drawn) {
        return Normalizer.normalize(new StringBuilder(drawn).reverse().toString(), Normalizer.Form.NFKC);
    }

    /** Arabic and Persian letters in their nominal form: shaped text has none of them. */
    private static boolean isUnjoinedLetter(int c) {
        return c >= 0x0621 && c <= 0x064A || c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06A9
                || c == 0x06AF || c == 0x06CC;
    }
}
