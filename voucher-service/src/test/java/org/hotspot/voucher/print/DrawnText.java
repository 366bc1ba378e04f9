package org.hotspot.voucher.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What a page's content stream draws, string by string in drawing order, read straight from the
 * Tj operators: the code points the fonts' ToUnicode maps give, and how many codes map to glyph 0
 * (.notdef, drawn as an empty box or nothing). Unlike text extraction, nothing is reordered or
 * normalized, so the tests see the presentation forms that were drawn.
 */
final class DrawnText {

    record Run(String unicode, int notdef) {
    }

    private DrawnText() {
    }

    static List<Run> runs(PDPage page) throws IOException {
        List<Run> runs = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        PDFont font = null;
        for (Object token : new PDFStreamParser(page).parse()) {
            if (!(token instanceof Operator operator)) {
                operands.add(token);
                continue;
            }
            if (operator.getName().equals("Tf")) {
                font = page.getResources().getFont((COSName) operands.get(0));
            } else if (operator.getName().equals("Tj")) {
                runs.add(decode(font, ((COSString) operands.get(0)).getBytes()));
            }
            operands.clear();
        }
        return runs;
    }

    private static Run decode(PDFont font, byte[] bytes) throws IOException {
        StringBuilder unicode = new StringBuilder();
        int notdef = 0;
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        while (in.available() > 0) {
            int code = font.readCode(in);
            String text = font.toUnicode(code);
            unicode.append(text == null ? "\uFFFD" : text);
            if (font instanceof PDType0Font type0 && type0.codeToGID(code) == 0) {
                notdef++;
            }
        }
        return new Run(unicode.toString(), notdef);
    }
}
