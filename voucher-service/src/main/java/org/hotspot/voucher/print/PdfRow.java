package org.hotspot.voucher.print;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a card's text block: its font, size and grey, the space above it, and the direction
 * its text is laid out in. A block is laid out top down, each baseline {@code before + size} below
 * the previous one.
 */
record PdfRow(PdfFont font, float size, float gray, float before, String text, VisualText.Paragraph paragraph) {

    static final float BLACK = 0f;
    static final float GREY = 0.35f;

    /** A line in the card's direction. */
    PdfRow(PdfFont font, float size, float gray, float before, String text) {
        this(font, size, gray, before, text, VisualText.Paragraph.CARD);
    }

    float advance() {
        return before + size;
    }

    /** The rows with text; a card without validity or price simply has fewer lines. */
    static List<PdfRow> present(PdfRow... rows) {
        List<PdfRow> present = new ArrayList<>(rows.length);
        for (PdfRow row : rows) {
            if (row.text() != null && !row.text().isEmpty()) {
                present.add(row);
            }
        }
        return present;
    }

    static float height(List<PdfRow> rows) {
        float height = 0;
        for (PdfRow row : rows) {
            height += row.advance();
        }
        return height;
    }
}
