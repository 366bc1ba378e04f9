package org.hotspot.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.hotspot.keys.KeyMaterial;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String K1 = KeyMaterial.newKey();
    private static final String K2 = KeyMaterial.newKey();

    @Test
    void sealsAndOpensWithoutKeepingThePlaintext() {
        SecretBox box = SecretBox.parse("k1:" + K1, null);

        String sealed = box.seal("JBSWY3DPEHPK3PXP", "operator:7:totp");

        assertThat(sealed).startsWith("v1:k1:").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(box.open(sealed, "operator:7:totp")).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(box.seal("JBSWY3DPEHPK3PXP", "operator:7:totp")).as("fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void theWireFormatIsStandardAesGcmOverTheContext() throws Exception {
        SecretBox box = SecretBox.parse("k1:" + K1, "k1");
        String sealed = box.seal("secret", "ctx");
        byte[] bytes = Base64.getUrlDecoder().decode(sealed.split(":")[2]);

        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(K1), "AES"),
                new GCMParameterSpec(128, bytes, 0, 12));
        cipher.updateAAD("ctx".getBytes());

        assertThat(new String(cipher.doFinal(bytes, 12, bytes.length - 12))).isEqualTo("secret");
    }

    @Test
    void aValueMovedToAnotherRecordOrTamperedWithDoesNotOpen() {
        SecretBox box = SecretBox.parse("k1:" + K1, null);
        String sealed = box.seal("secret", "operator:7:totp");
        int middle = sealed.length() - 10;
        String tampered = sealed.substring(0, middle) + (sealed.charAt(middle) == 'A' ? 'B' : 'A')
                + sealed.substring(middle + 1);

        assertThatThrownBy(() -> box.open(sealed, "operator:8:totp"))
                .isInstanceOf(SecretBox.SealedValueException.class);
        assertThatThrownBy(() -> box.open(tampered, "operator:7:totp"))
                .isInstanceOf(SecretBox.SealedValueException.class);
        assertThatThrownBy(() -> box.open("plain-text", "x")).isInstanceOf(SecretBox.SealedValueException.class);
        assertThatThrownBy(() -> box.open("v1:k1:!!!", "x")).isInstanceOf(SecretBox.SealedValueException.class);
        assertThatThrownBy(() -> box.open("v1:k1:AAAA", "x")).isInstanceOf(SecretBox.SealedValueException.class);
    }

    @Test
    void afterRotationOldValuesOpenAndNewOnesUseTheNewKey() {
        String old = SecretBox.parse("k1:" + K1, null).seal("secret", "ctx");
        SecretBox rotated = SecretBox.parse("k2:" + K2 + ",k1:" + K1, "k2");

        assertThat(rotated.open(old, "ctx")).isEqualTo("secret");
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.seal("secret", "ctx")).startsWith("v1:k2:");
        assertThatThrownBy(() -> SecretBox.parse("k2:" + K2, null).open(old, "ctx"))
                .isInstanceOf(SecretBox.SealedValueException.class).hasMessageContaining("k1");
    }

    @Test
    void badKeyringsAreRefusedWithAReason() {
        assertThatThrownBy(() -> SecretBox.parse("k1", null)).hasMessageContaining("id:base64key");
        assertThatThrownBy(() -> SecretBox.parse("k1:not base64!", null)).hasMessageContaining("base64");
        assertThatThrownBy(() -> SecretBox.parse("k1:" + Base64.getEncoder().encodeToString(new byte[16]), null))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> SecretBox.parse("k1:" + K1, "k9")).hasMessageContaining("k9");
        assertThatThrownBy(() -> new SecretBox(Map.of("bad id", HexFormat.of().parseHex("00".repeat(32))), "bad id"))
                .hasMessageContaining("key ids");
    }
}
