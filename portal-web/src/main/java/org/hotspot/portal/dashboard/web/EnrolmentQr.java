package org.hotspot.portal.dashboard.web;

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
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * An authenticator enrolment's {@code otpauth://} URI as a black-on-white PNG QR code, drawn on the
 * server so no third-party service ever sees the secret, with the quiet zone phones need.
 */
public final class EnrolmentQr {

    private static final int MODULE_PIXELS = 6;
    private static final int BLACK = 0xff000000;
    private static final int WHITE = 0xffffffff;

    private EnrolmentQr() {
    }

    public static byte[] png(String otpauthUri) {
        try {
            BitMatrix modules = new QRCodeWriter().encode(otpauthUri, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            int size = modules.getWidth() * MODULE_PIXELS;
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    image.setRGB(x, y, modules.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? BLACK : WHITE);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("an otpauth URI too long for a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
