package org.hotspot.voucher.print;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.DecompositionType;
import com.ibm.icu.lang.UCharacter.JoiningType;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.Map;

/**
 * Completes ICU's Arabic shaping for the letters it leaves alone. {@code ArabicShaping} knows that
 * Persian letters such as ک, گ and ی join (it gives their neighbours the right forms) but only
 * substitutes letters that have forms in Presentation Forms-B (U+FE70–U+FEFF); Persian's own
 * letters have theirs in Forms-A (U+FB50–U+FDFF) and would print unjoined, as isolated letters in
 * the middle of words. Found by the PDF test, on the Persian "Scan to connect".
 */
final class JoiningForms {

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;

    /** Letter → its four forms (isolated, final, initial, medial; 0 where Unicode has none). */
    private static final Map<Integer, int[]> FORMS = formsFromUnicodeData();

    private JoiningForms() {
    }

    /** Replaces the nominal letters left in ICU-shaped text (logical order) by their contextual forms. */
    static String complete(String shaped) {
        StringBuilder out = null;
        int length = shaped.length();
        for (int i = 0; i < length; i++) {
            char c = shaped.charAt(i);
            int[] forms = FORMS.get((int) c);
            if (forms == null) {
                continue;
            }
            boolean dual = UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE) == JoiningType.DUAL_JOINING;
            boolean afterJoiner = joinsForward(neighbour(shaped, i, -1));
            boolean beforeJoiner = dual && joinsBackward(neighbour(shaped, i, +1));
            int form = afterJoiner ? (beforeJoiner ? MEDIAL : FINAL) : (beforeJoiner ? INITIAL : ISOLATED);
            if (forms[form] != 0) {
                if (out == null) {
                    out = new StringBuilder(shaped);
                }
                out.setCharAt(i, (char) forms[form]);
            }
        }
        return out == null ? shaped : out.toString();
    }

    /** Whether this character connects to the letter after it (in logical order). */
    private static boolean joinsForward(int c) {
        if (c < 0) {
            return false;
        }
        int decomposition = UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE);
        if (decomposition == DecompositionType.INITIAL || decomposition == DecompositionType.MEDIAL) {
            return true;
        }
        int joining = UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
        return joining == JoiningType.DUAL_JOINING || joining == JoiningType.JOIN_CAUSING;
    }

    /** Whether this character connects to the letter before it. */
    private static boolean joinsBackward(int c) {
        if (c < 0) {
            return false;
        }
        int decomposition = UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE);
        if (decomposition == DecompositionType.FINAL || decomposition == DecompositionType.MEDIAL) {
            return true;
        }
        int joining = UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
        return joining == JoiningType.DUAL_JOINING || joining == JoiningType.RIGHT_JOINING
                || joining == JoiningType.JOIN_CAUSING;
    }

    /** The nearest character in a direction that is not a transparent mark (a vowel sign), or -1. */
    private static int neighbour(String text, int from, int step) {
        for (int i = from + step; i >= 0 && i < text.length(); i += step) {
            int c = text.charAt(i);
            if (UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE) != JoiningType.TRANSPARENT) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The forms of every letter with single-letter presentation forms in Forms-A, read from ICU's
     * Unicode data (each form decomposes, compatibility-wise, to its letter, tagged with its form)
     * rather than typed in by hand.
     */
    private static Map<Integer, int[]> formsFromUnicodeData() {
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        Map<Integer, int[]> forms = new HashMap<>();
        for (int c = 0xFB50; c <= 0xFDFF; c++) {
            String letter = nfkd.getDecomposition(c);
            if (letter == null || letter.length() != 1) {
                continue;
            }
            int form = switch (UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE)) {
                case DecompositionType.ISOLATED -> ISOLATED;
                case DecompositionType.FINAL -> FINAL;
                case DecompositionType.INITIAL -> INITIAL;
                case DecompositionType.MEDIAL -> MEDIAL;
                default -> -1;
            };
            if (form >= 0) {
                forms.computeIfAbsent((int) letter.charAt(0), k -> new int[4])[form] = c;
            }
        }
        return Map.copyOf(forms);
    }
}
