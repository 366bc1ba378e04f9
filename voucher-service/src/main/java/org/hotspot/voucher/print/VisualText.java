package org.hotspot.voucher.print;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
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
 * brackets and consuming the invisible direction controls (isolates, marks): they steer the
 * algorithm and have no glyph, so none of them may reach the page, where the font would draw a
 * {@code ?} in their place.
 */
final class VisualText {

    /** Which direction a line is laid out in: its paragraph direction for the bidi algorithm. */
    enum Paragraph {
        /** The card's language's: labels, amounts and dates. */
        CARD,
        /**
         * Left to right whatever the card's language: a voucher code. In a right-to-left paragraph
         * the bidi algorithm would split {@code 5224-EQUT-25} into a number run and a Latin run and
         * draw them swapped ({@code EQUT-25-5224}), so the customer would type the wrong code.
         */
        LEFT_TO_RIGHT,
        /**
         * The direction of the text's first strong letter, the card's when it has none (HTML's
         * {@code dir="auto"}): names the operator typed. An Arabic plan name on an English card
         * reads right to left, "Gold 10 GB" on an Arabic card left to right, each in its own order.
         */
        OWN
    }

    private static final int SHAPING = ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.LENGTH_GROW_SHRINK;

    private VisualText() {
    }

    /**
     * @param rightToLeft the card's direction: the paragraph's for {@link Paragraph#CARD}, the
     *        fallback for {@link Paragraph#OWN}
     */
    static String of(String logical, Paragraph paragraph, boolean rightToLeft) {
        if (logical == null || logical.isEmpty()) {
            return "";
        }
        byte level = level(paragraph, rightToLeft);
        if ((level == Bidi.LTR || level == Bidi.LEVEL_DEFAULT_LTR) && plainLeftToRight(logical)) {
            // Latin text laid out left to right: nothing to shape, reorder or remove (the common case).
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
        bidi.setPara(shaped, level, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    private static byte level(Paragraph paragraph, boolean rightToLeft) {
        return switch (paragraph) {
            case CARD -> rightToLeft ? Bidi.RTL : Bidi.LTR;
            case LEFT_TO_RIGHT -> Bidi.LTR;
            case OWN -> rightToLeft ? Bidi.LEVEL_DEFAULT_RTL : Bidi.LEVEL_DEFAULT_LTR;
        };
    }

    /**
     * Whether a left-to-right line is drawn exactly as stored: no right-to-left letter or number
     * and no direction control. {@link Bidi#requiresBidi} alone does not look for isolates (U+2066
     * to U+2069): skipping the algorithm on that answer left them in, to be drawn as {@code ?}
     * around every English and French code.
     */
    private static boolean plainLeftToRight(String text) {
        if (Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (UCharacter.hasBinaryProperty(text.charAt(i), UProperty.BIDI_CONTROL)) {
                return false;
            }
        }
        return true;
    }
}
