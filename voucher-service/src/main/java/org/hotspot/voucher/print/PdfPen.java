package org.hotspot.voucher.print;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws lines of text and QR codes on one page, in points from the page's bottom left. Text comes in
 * logical order and is shaped, reordered and fitted here; the caller only says where.
 */
final class PdfPen {

    /** Text shrinks to fit its width, but not below this: a long name would rather overflow than vanish. */
    static final float MIN_SIZE = 5f;

    enum Align {
        START, CENTER
    }

    private final PDPageContentStream stream;
    private final boolean rightToLeft;

    PdfPen(PDPageContentStream stream, boolean rightToLeft) {
        this.stream = stream;
        this.rightToLeft = rightToLeft;
    }

    /**
     * One line with its baseline at {@code baseline}, within {@code left .. left + width}, aligned to
     * the start of the card's direction (right in Arabic and Persian) or centred.
     */
    void text(PdfFont font, float size, float gray, String logical, float left, float width, float baseline,
            Align align)
            throws IOException {
        text(font, size, gray, logical, VisualText.Paragraph.CARD, left, width, baseline, align);
    }

    /** A row of a card's text block, laid out in the row's own direction. */
    void text(PdfRow row, float left, float width, float baseline, Align align) throws IOException {
        text(row.font(), row.size(), row.gray(), row.text(), row.paragraph(), left, width, baseline, align);
    }

    private void text(PdfFont font, float size, float gray, String logical, VisualText.Paragraph paragraph, float left,
            float width, float baseline, Align align) throws IOException {
        if (logical == null || logical.isEmpty()) {
            return;
        }
        String visual = font.drawable(VisualText.of(logical, paragraph, rightToLeft));
        float textWidth = font.width(visual, size);
        if (textWidth > width) {
            float fitted = Math.max(MIN_SIZE, size * width / textWidth);
            textWidth = textWidth * fitted / size;
            size = fitted;
        }
        float x;
        if (align == Align.CENTER) {
            x = left + (width - textWidth) / 2;
        } else {
            x = rightToLeft ? left + width - textWidth : left;
        }
        stream.setNonStrokingColor(gray);
        stream.beginText();
        stream.setFont(font.font(), size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(visual);
        stream.endText();
    }

    /**
     * A QR code as vectors, {@code size} points square with its bottom left at (x, y): one filled path
     * of rectangles, one per horizontal run of dark modules. Sharp at any printer resolution, and
     * far cheaper than an image per card (1,000 A4 cards took 1 to 2 s on 2 cores).
     */
    void qr(BitMatrix modules, float x, float y, float size) throws IOException {
        float module = size / modules.getWidth();
        float top = y + size;
        stream.setNonStrokingColor(0f);
        QrCodes.forEachRun(modules, (mx, my, length) -> {
            try {
                stream.addRect(x + mx * module, top - (my + 1) * module, length * module, module);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        stream.fill();
    }

    /** A dashed light-grey rectangle to cut along. */
    void cutLines(float x, float y, float width, float height) throws IOException {
        stream.setStrokingColor(0.6f);
        stream.setLineWidth(0.4f);
        stream.setLineDashPattern(new float[] {3, 2}, 0);
        stream.addRect(x, y, width, height);
        stream.stroke();
        stream.setLineDashPattern(new float[0], 0);
    }
}
