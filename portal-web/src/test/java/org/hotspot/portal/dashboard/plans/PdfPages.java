package org.hotspot.portal.dashboard.plans;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * How many pages a PDF has, read without a PDF library (portal-web's tests have none): the page
 * objects ({@code /Type /Page}, not {@code /Pages}) counted in the file and in its Flate streams,
 * where a writer using object streams keeps them.
 */
final class PdfPages {

    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.ISO_8859_1);

    private PdfPages() {
    }

    static int count(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        int pages = count(raw);
        int at = raw.indexOf("stream");
        while (at >= 0) {
            int start = at + STREAM.length;
            if (start < pdf.length && pdf[start] == '\r') {
                start++;
            }
            if (start < pdf.length && pdf[start] == '\n') {
                start++;
            }
            int end = raw.indexOf("endstream", start);
            if (end < 0) {
                break;
            }
            pages += count(inflated(pdf, start, end - start));
            at = raw.indexOf("stream", end + "endstream".length());
        }
        return pages;
    }

    private static int count(String text) {
        Matcher page = PAGE.matcher(text);
        int found = 0;
        while (page.find()) {
            found++;
        }
        return found;
    }

    /** The stream's text when it is Flate-compressed; empty otherwise (an image, a font). */
    private static String inflated(byte[] pdf, int offset, int length) {
        Inflater inflater = new Inflater();
        inflater.setInput(pdf, offset, length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int read = inflater.inflate(buffer);
                if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, read);
            }
        } catch (DataFormatException e) {
            return "";
        } finally {
            inflater.end();
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
