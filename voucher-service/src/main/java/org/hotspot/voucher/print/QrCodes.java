package org.hotspot.voucher.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes for voucher cards: error correction level M, a quiet zone of 4 modules, content as UTF-8.
 *
 * <p>Level M (15 % recoverable) rather than H: a card carries a short URL, and the lower level keeps
 * the modules large enough for a 58 mm thermal print that a cheap phone camera still reads.
 */
public final class QrCodes {

    /** The light border every reader needs around the code, in modules (ISO/IEC 18004 asks for 4). */
    public static final int QUIET_ZONE = 4;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, QUIET_ZONE,
            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());

    private QrCodes() {
    }

    /**
     * A PNG of {@code pixels} × {@code pixels}, black on white. Every module is the same whole number
     * of pixels, so nothing blurs; what does not divide evenly widens the quiet zone. When
     * {@code pixels} is smaller than one pixel per module, the image is as small as the code allows.
     */
    public static byte[] png(String content, int pixels) {
        if (pixels <= 0) {
            throw new IllegalArgumentException("QR image size " + pixels + " is not positive");
        }
        BitMatrix matrix = encode(content, pixels);
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        // One bit per pixel: the PNG stays a few hundred bytes even at 1000 px.
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IllegalStateException("this Java runtime has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory failed", e);
        }
        return png.toByteArray();
    }

    /**
     * A standalone SVG (no XML declaration, so it can also be inlined in HTML): a white square and one
     * path of the dark modules, one unit per module, scaled by whoever shows it.
     */
    public static String svg(String content) {
        BitMatrix matrix = modules(content);
        int size = matrix.getWidth();
        StringBuilder svg = new StringBuilder(4096)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(size).append(' ').append(size)
                .append("\" shape-rendering=\"crispEdges\">")
                .append("<rect width=\"").append(size).append("\" height=\"").append(size).append("\" fill=\"#fff\"/>")
                .append("<path fill=\"#000\" d=\"");
        // One sub-path per horizontal run of dark modules: a fraction of the path a square per module
        // would take, and adjacent squares cannot show hairline seams when scaled.
        forEachRun(matrix, (x, y, length) -> svg.append('M').append(x).append(' ').append(y)
                .append('h').append(length).append("v1h-").append(length).append('z'));
        return svg.append("\"/></svg>").toString();
    }

    /** The code at one unit per module, quiet zone included: what the PDF draws as vectors. */
    static BitMatrix modules(String content) {
        // Width 0 makes ZXing return its native size: one matrix cell per module plus the margin.
        return encode(content, 0);
    }

    /** Calls {@code run} for every horizontal run of dark modules, row by row. */
    static void forEachRun(BitMatrix matrix, RunConsumer run) {
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                run.accept(start, y, x - start);
            }
        }
    }

    /** A horizontal run of dark modules starting at column x of row y. */
    @FunctionalInterface
    interface RunConsumer {
        void accept(int x, int y, int length);
    }

    private static BitMatrix encode(String content, int size) {
        if (content == null || content.isEmpty()) {
            throw new IllegalArgumentException("QR content is empty");
        }
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size, HINTS);
        } catch (WriterException e) {
            // Only content beyond a version 40 code's capacity (about 2,300 bytes at level M) gets here.
            throw new IllegalArgumentException("content does not fit in a QR code: " + e.getMessage(), e);
        }
    }
}
