package org.hotspot.voucher.print;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Turns text in logical order (as typed and stored) into the glyph order a PDF draws left to right.
 *
 * <p>PDFBox draws code points one after the other, left to right, each as its font's default glyph:
 * it neither joins Arabic letters nor reorders right-to-left runs. So Arabic and Persian letters are
 * first replaced by their contextual presentation forms (initial, medial, final, isolated, lam-alef
 * ligatures, U+FB50–U+FEFF), then the line is reordered by the Unicode bidi algorithm, mirroring
 * brackets and dropping the invisible direction marks ICU's number formats insert, which the font
 * cannot draw.
 */
final class VisualText {

    private static final int SHAPING = ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.LENGTH_GROW_SHRINK;

    private static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private VisualText() {
    }

    /**
     * Text that reads left to right whatever surrounds it: a voucher code in an Arabic line. Without
     * the isolate the bidi algorithm splits a code such as {@code 5224-EQUT-25} into a number run and
     * a Latin run and draws them swapped ({@code EQUT-25-5224}), so the customer types the wrong code.
     */
    static String leftToRight(String text) {
        return text == null ? null : LEFT_TO_RIGHT_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
    }

    /**
     * @param rightToLeft the paragraph direction: the card's language's, so a Latin word inside a
     *        Persian line sits where a Persian reader expects it
     */
    static String of(String logical, boolean rightToLeft) {
        if (logical == null || logical.isEmpty()) {
            return "";
        }
        if (!rightToLeft && !Bidi.requiresBidi(logical.toCharArray(), 0, logical.length())) {
            // Latin-only text in a left-to-right card: nothing to shape or reorder (the common case).
            return logical;
        }
        String shaped;
        try {
            shaped = JoiningForms.complete(new ArabicShaping(SHAPING).shape(logical));
        } catch (ArabicShapingException e) {
            // LENGTH_GROW_SHRINK never lacks room, which is the only reason ICU throws.
            throw new IllegalStateException("Arabic shaping failed for '" + logical + "'", e);
        }
        Bidi bidi = new Bidi();
        bidi.setPara(shaped, rightToLeft ? Bidi.RTL : Bidi.LTR, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }
}
