package org.hotspot.voucher.print;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.util.List;

/**
 * One card on a thermal roll: everything centred in one column, the QR code below the text, the
 * page exactly as tall as the card so the printer feeds no blank paper.
 */
final class PdfRollCard {

    private static final float MARGIN = 4 / 25.4f * 72;
    /** 40 mm: larger only wastes paper; a phone reads it from a hand's length. */
    private static final float MAX_QR = 40 / 25.4f * 72;
    private static final float QR_GAP = 6f;

    private final List<PdfRow> rows;
    private final List<PdfRow> below;
    private final float qrSize;
    private final float width;

    PdfRollCard(PdfFonts fonts, CardText text, float pageWidth) {
        this.width = pageWidth;
        this.qrSize = Math.min(pageWidth - 2 * MARGIN, MAX_QR);
        this.rows = PdfRow.present(
                new PdfRow(fonts.bold(), 11f, PdfRow.BLACK, 0, text.organization(), VisualText.Paragraph.OWN),
                new PdfRow(fonts.text(), 8.5f, PdfRow.BLACK, 3, text.plan(), VisualText.Paragraph.OWN),
                new PdfRow(fonts.text(), 8f, PdfRow.BLACK, 4, text.summary()),
                new PdfRow(fonts.text(), 7.5f, PdfRow.BLACK, 3, text.validity()),
                new PdfRow(fonts.text(), 7f, PdfRow.BLACK, 2, text.useBefore()),
                new PdfRow(fonts.text(), 6.5f, PdfRow.GREY, 6, text.codeLabel()),
                new PdfRow(fonts.code(), 14f, PdfRow.BLACK, 2, text.code(), VisualText.Paragraph.LEFT_TO_RIGHT),
                new PdfRow(fonts.bold(), 11f, PdfRow.BLACK, 5, text.price()));
        this.below = PdfRow.present(
                new PdfRow(fonts.text(), 6.5f, PdfRow.GREY, 2, text.scanToConnect()),
                new PdfRow(fonts.text(), 6f, PdfRow.GREY, 3, text.serial()));
    }

    /** The page height this card needs, in points. */
    float height() {
        return MARGIN + PdfRow.height(rows) + QR_GAP + qrSize + PdfRow.height(below) + MARGIN;
    }

    void draw(PdfPen pen, BitMatrix qr) throws IOException {
        float left = MARGIN;
        float columnWidth = width - 2 * MARGIN;
        float baseline = height() - MARGIN;
        for (PdfRow row : rows) {
            baseline -= row.advance();
            pen.text(row, left, columnWidth, baseline, PdfPen.Align.CENTER);
        }
        // The QR code's own quiet zone already separates it from the text, so the gap stays small.
        float qrBottom = baseline - QR_GAP - qrSize;
        pen.qr(qr, (width - qrSize) / 2, qrBottom, qrSize);
        baseline = qrBottom;
        for (PdfRow row : below) {
            baseline -= row.advance();
            pen.text(row, left, columnWidth, baseline, PdfPen.Align.CENTER);
        }
    }
}
