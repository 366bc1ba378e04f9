package org.hotspot.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A logo's format comes from its first bytes, whatever the uploader calls it. */
class LogoFormatTest {

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theThreeFormatsAreToldByTheirMagicNumbers() {
        assertThat(LogoFormat.of(bytes("\u0089PNG\r\n\u001a\n\0\0\0\rIHDR"))).contains(LogoFormat.PNG);
        assertThat(LogoFormat.of(bytes("\u00ff\u00d8\u00ff\u00e0\0\u0010JFIF"))).contains(LogoFormat.JPEG);
        assertThat(LogoFormat.of(bytes("RIFF\u0024\0\0\0WEBPVP8 "))).contains(LogoFormat.WEBP);
    }

    @Test
    void lookalikesAndShortInputsAreNone() {
        // A WAV file is RIFF too; only the form type at offset 8 says WebP.
        assertThat(LogoFormat.of(bytes("RIFF\u0024\0\0\0WAVEfmt "))).isEmpty();
        assertThat(LogoFormat.of(bytes("\u0089PNG\r\n"))).isEmpty();
        assertThat(LogoFormat.of(bytes("\u00ff\u00d8"))).isEmpty();
        assertThat(LogoFormat.of(bytes("RIFF"))).isEmpty();
        assertThat(LogoFormat.of(bytes("GIF89a"))).isEmpty();
        assertThat(LogoFormat.of(new byte[0])).isEmpty();
    }

    @Test
    void svgIsRecognisedAsMarkupEvenBehindABomOrBlanks() {
        assertThat(LogoFormat.looksLikeMarkup("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                .getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(LogoFormat.looksLikeMarkup("\uFEFF \n<?xml version=\"1.0\"?><svg/>"
                .getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(LogoFormat.looksLikeMarkup(bytes("GIF89a"))).isFalse();
    }
}
