package org.hotspot.voucher.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The three fonts a card uses, embedded as subsets into one document.
 *
 * <p>DejaVu Sans, because it has Latin and the Arabic script including every presentation form
 * Persian needs (پ چ ژ گ ک ی), and TrueType outlines, which PDFBox's {@code PDType0Font.load}
 * requires. It comes from the {@code net.sf.jasperreports:jasperreports-fonts} jar on Maven Central,
 * so a fresh machine needs neither system fonts nor a font file in this repository. DejaVu's licence
 * (Bitstream Vera terms, free to embed and redistribute) is in that jar next to the fonts.
 */
record PdfFonts(PdfFont text, PdfFont bold, PdfFont code) {

    static final String DIRECTORY = "net/sf/jasperreports/fonts/dejavu/";
    static final String TEXT = DIRECTORY + "DejaVuSans.ttf";
    static final String BOLD = DIRECTORY + "DejaVuSans-Bold.ttf";
    /** Monospaced so a code's groups line up and an 8 never hides among wide letters. */
    static final String CODE = DIRECTORY + "DejaVuSansMono-Bold.ttf";

    // Read once: about 1.8 MB that every document would otherwise read from the jar again.
    private static final byte[] TEXT_BYTES = read(TEXT);
    private static final byte[] BOLD_BYTES = read(BOLD);
    private static final byte[] CODE_BYTES = read(CODE);

    static PdfFonts load(PDDocument document) {
        return new PdfFonts(load(document, TEXT_BYTES), load(document, BOLD_BYTES), load(document, CODE_BYTES));
    }

    private static PdfFont load(PDDocument document, byte[] ttf) {
        try {
            // Subset: a card sheet uses a few dozen of the font's 6,000 glyphs.
            return PdfFont.of(PDType0Font.load(document, new ByteArrayInputStream(ttf), true));
        } catch (IOException e) {
            throw new UncheckedIOException("loading a bundled font failed", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath:"
                        + " is net.sf.jasperreports:jasperreports-fonts a dependency?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource + " failed", e);
        }
    }
}
