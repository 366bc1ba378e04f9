package org.hotspot.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats a logo may have, told by their magic numbers and never by what the uploader
 * declares: every browser shows them, and none of them carries script. SVG is refused for that
 * reason: served from the portal's origin it would run its script there.
 */
public enum LogoFormat {
    PNG("image/png"),
    JPEG("image/jpeg"),
    WEBP("image/webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_TAG = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private final String contentType;

    LogoFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The format of these bytes, or empty when they are none of ours. */
    public static Optional<LogoFormat> of(byte[] image) {
        if (startsWith(image, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(image, 0, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        // RIFF, a 4-byte chunk size, then the form type.
        if (startsWith(image, 0, RIFF) && startsWith(image, 8, WEBP_TAG)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /**
     * Whether the bytes look like SVG or other XML markup, so the refusal can say why: text whose
     * first non-blank character (after a byte order mark) opens a tag.
     */
    public static boolean looksLikeMarkup(byte[] image) {
        String head = new String(image, 0, Math.min(image.length, 256), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        return head.startsWith("<");
    }

    private static boolean startsWith(byte[] image, int offset, byte[] signature) {
        return image.length >= offset + signature.length
                && Arrays.equals(image, offset, offset + signature.length, signature, 0, signature.length);
    }
}
