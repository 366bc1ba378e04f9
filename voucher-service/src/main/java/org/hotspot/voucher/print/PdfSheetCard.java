package org.hotspot.voucher.print;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.util.List;

/**
 * One card in a cell of an A4 sheet: the text block on the reading side, the QR code on the other
 * (right in left-to-right languages, left in Arabic and Persian), the serial small at the bottom.
 */
final class PdfSheetCard {

    private static final float PADDING = 9f;
    /** The QR code may take up to this share of the card's width. */
    private static final float QR_SHARE = 0.42f;
    private static final float CAPTION = 6.5f;

    private PdfSheetCard() {
    }

    static void draw(PdfPen pen, PdfFonts fonts, CardText text, BitMatrix qr, boolean rightToLeft,
            float x, float y, float width, float height) throws IOException {
        pen.cutLines(x, y, width, height);

        float qrSize = Math.min(height - 2 * PADDING - CAPTION - 3, width * QR_SHARE);
        float qrLeft = rightToLeft ? x + PADDING : x + width - PADDING - qrSize;
        float qrBottom = y + height - PADDING - qrSize;
        pen.qr(qr, qrLeft, qrBottom, qrSize);
        pen.text(fonts.text(), CAPTION, PdfRow.GREY, text.scanToConnect(), qrLeft, qrSize,
                qrBottom - CAPTION - 1, PdfPen.Align.CENTER);

        float textLeft = rightToLeft ? qrLeft + qrSize + PADDING : x + PADDING;
        float textWidth = width - 3 * PADDING - qrSize;
        List<PdfRow> rows = PdfRow.present(
                new PdfRow(fonts.bold(), 10.5f, PdfRow.BLACK, 0, text.organization(), VisualText.Paragraph.OWN),
                new PdfRow(fonts.text(), 8f, PdfRow.BLACK, 3, text.plan(), VisualText.Paragraph.OWN),
                new PdfRow(fonts.text(), CAPTION, PdfRow.GREY, 5, text.codeLabel()),
                new PdfRow(fonts.code(), 15f, PdfRow.BLACK, 2, text.code(), VisualText.Paragraph.LEFT_TO_RIGHT),
                new PdfRow(fonts.text(), 8f, PdfRow.BLACK, 5, text.summary()),
                new PdfRow(fonts.text(), 7.5f, PdfRow.BLACK, 3, text.validity()),
                new PdfRow(fonts.text(), 7f, PdfRow.BLACK, 2, text.useBefore()),
                new PdfRow(fonts.bold(), 11f, PdfRow.BLACK, 5, text.price()));
        float baseline = y + height - PADDING;
        for (PdfRow row : rows) {
            baseline -= row.advance();
            pen.text(row, textLeft, textWidth, baseline, PdfPen.Align.START);
        }
        pen.text(fonts.text(), 6f, PdfRow.GREY, text.serial(), textLeft, textWidth, y + PADDING, PdfPen.Align.START);
    }
}
