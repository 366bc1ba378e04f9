package org.hotspot.voucher.print;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An embedded TrueType font together with its Unicode map, so text can be checked against the
 * glyphs the font really has before PDFBox is asked to draw it.
 */
record PdfFont(PDType0Font font, CmapLookup cmap) {

    /** Drawn instead of a character the font has no glyph for. */
    static final char MISSING = '?';

    static PdfFont of(PDType0Font font) {
        try {
            return new PdfFont(font,
                    ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getUnicodeCmapLookup());
        } catch (IOException e) {
            throw new UncheckedIOException("the font has no Unicode cmap", e);
        }
    }

    /**
     * The text with every character the font cannot draw replaced: a presentation form by its plain
     * letter if the font has that (an unjoined letter still reads), anything else by
     * {@link #MISSING}. An organization name is user input and may hold an emoji or Chinese; PDFBox
     * would throw on it and fail the whole batch, where a question mark spoils one line.
     */
    String drawable(String visual) {
        StringBuilder out = null;
        for (int i = 0; i < visual.length();) {
            int c = visual.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean missing = cmap.getGlyphId(c) == 0;
            if (missing && out == null) {
                out = new StringBuilder(visual.length()).append(visual, 0, i);
            }
            if (out != null) {
                if (missing) {
                    out.append(substitute(c));
                } else {
                    out.appendCodePoint(c);
                }
            }
            i = next;
        }
        return out == null ? visual : out.toString();
    }

    private String substitute(int c) {
        String letter = Normalizer2.getNFKDInstance().getDecomposition(c);
        if (letter != null && letter.codePoints().allMatch(l -> cmap.getGlyphId(l) != 0)) {
            return letter;
        }
        return String.valueOf(MISSING);
    }

    /** Width in points of drawable text at a font size. */
    float width(String drawable, float size) {
        try {
            return font.getStringWidth(drawable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException("measuring text failed", e);
        }
    }
}
