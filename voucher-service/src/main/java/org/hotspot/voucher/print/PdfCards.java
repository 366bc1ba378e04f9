package org.hotspot.voucher.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Voucher cards as a PDF: A4 sheets of 10 cards with cut lines, or one card per page on a 58 mm or
 * 80 mm thermal roll. Blocking and CPU-bound (about a second per thousand cards): call it from a
 * worker thread, never the event loop.
 */
public final class PdfCards {

    private static final float POINTS_PER_MM = 72 / 25.4f;
    /** A4 margin: inside what office printers can reach, so no cut line is lost. */
    private static final float SHEET_MARGIN = 10 * POINTS_PER_MM;

    private PdfCards() {
    }

    /**
     * @throws IllegalArgumentException if there are no cards, or a card's QR content does not fit
     */
    public static byte[] pdf(List<Card> cards, Layout layout, CardLabels labels) {
        return pdf(cards, layout, labels, 0);
    }

    /**
     * @param notPrinted how many of the vouchers asked for were left out as unusable; when some
     *        were, a note says so in the first sheet's bottom margin, or on a short last page of a
     *        roll, where no customer gets it
     * @throws IllegalArgumentException if there are no cards, or a card's QR content does not fit
     */
    public static byte[] pdf(List<Card> cards, Layout layout, CardLabels labels, int notPrinted) {
        if (cards == null || cards.isEmpty()) {
            throw new IllegalArgumentException("no cards to print");
        }
        try (PDDocument document = new PDDocument()) {
            // Screen readers and PDF/UA checkers read the language from the catalog.
            document.getDocumentCatalog().setLanguage(labels.locale().toLanguageTag());
            PdfFonts fonts = PdfFonts.load(document);
            if (layout.roll()) {
                roll(document, fonts, cards, layout, labels);
            } else {
                sheets(document, fonts, cards, layout, labels);
            }
            if (notPrinted > 0) {
                note(document, fonts, layout, labels, labels.notPrinted(notPrinted));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024 + cards.size() * 2048);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Everything is in memory; an IOException here is a PDFBox failure, not a disk problem.
            throw new UncheckedIOException("rendering the card PDF failed", e);
        }
    }

    private static void sheets(PDDocument document, PdfFonts fonts, List<Card> cards, Layout layout, CardLabels labels)
            throws IOException {
        PDRectangle size = new PDRectangle(layout.widthMm() * POINTS_PER_MM, layout.heightMm() * POINTS_PER_MM);
        float cellWidth = (size.getWidth() - 2 * SHEET_MARGIN) / layout.columns();
        float cellHeight = (size.getHeight() - 2 * SHEET_MARGIN) / layout.rows();
        int perPage = layout.cardsPerPage();
        for (int first = 0; first < cards.size(); first += perPage) {
            PDPage page = new PDPage(size);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                PdfPen pen = new PdfPen(stream, labels.rightToLeft());
                for (int i = first; i < Math.min(cards.size(), first + perPage); i++) {
                    int cell = i - first;
                    int row = cell / layout.columns();
                    int column = cell % layout.columns();
                    // Right-to-left sheets fill from the top right, the way their readers read.
                    int place = labels.rightToLeft() ? layout.columns() - 1 - column : column;
                    float x = SHEET_MARGIN + place * cellWidth;
                    float y = size.getHeight() - SHEET_MARGIN - (row + 1) * cellHeight;
                    Card card = cards.get(i);
                    PdfSheetCard.draw(pen, fonts, CardText.of(card, labels), QrCodes.modules(card.qrContent()),
                            labels.rightToLeft(), x, y, cellWidth, cellHeight);
                }
            }
        }
    }

    private static void note(PDDocument document, PdfFonts fonts, Layout layout, CardLabels labels, String note)
            throws IOException {
        float size = 7f;
        PDPage page;
        float margin;
        if (layout.roll()) {
            float width = layout.widthMm() * POINTS_PER_MM;
            margin = 4 * POINTS_PER_MM;
            page = new PDPage(new PDRectangle(width, 3 * size + 2 * margin));
            document.addPage(page);
        } else {
            page = document.getPage(0);
            margin = SHEET_MARGIN;
        }
        float width = page.getMediaBox().getWidth();
        // Below the last row of cards on a sheet: the margin is cut off with the rest of the waste.
        float baseline = layout.roll() ? margin + size : (SHEET_MARGIN - size) / 2;
        try (PDPageContentStream stream = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true)) {
            new PdfPen(stream, labels.rightToLeft()).text(fonts.text(), size, PdfRow.GREY, note, margin,
                    width - 2 * margin, baseline, PdfPen.Align.START);
        }
    }

    private static void roll(PDDocument document, PdfFonts fonts, List<Card> cards, Layout layout, CardLabels labels)
            throws IOException {
        float width = layout.widthMm() * POINTS_PER_MM;
        for (Card card : cards) {
            PdfRollCard rollCard = new PdfRollCard(fonts, CardText.of(card, labels), width);
            PDPage page = new PDPage(new PDRectangle(width, rollCard.height()));
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                rollCard.draw(new PdfPen(stream, labels.rightToLeft()), QrCodes.modules(card.qrContent()));
            }
        }
    }
}
