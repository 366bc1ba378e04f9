package org.hotspot.voucher.print;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A card PDF as a customer reads it: PDFBox's text extraction, split into words. */
public final class PrintedText {

    private PrintedText() {
    }

    /** The text of one page (1-based), as PDFBox extracts it. */
    public static String page(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    /** The whitespace-separated words of a text: a code must be one of them, nothing glued to it. */
    public static List<String> words(String text) {
        return Arrays.stream(text.split("[\\s\\u00A0\\u202F]+")).filter(word -> !word.isEmpty()).toList();
    }

    /**
     * Characters a customer could not type back or would type wrong: what the font lacked
     * ({@code ?}, U+FFFD) and invisible format characters (direction isolates and marks, zero-width
     * joiners), which have no glyph.
     */
    public static boolean unprintable(int c) {
        return c == '?' || c == 0xFFFD || Character.getType(c) == Character.FORMAT && c != 0x200C;
    }
}
