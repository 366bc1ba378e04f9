package org.hotspot.auth.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.hotspot.auth.SigningKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void firstStartGeneratesAKeyReadableByTheOwnerOnly() throws Exception {
        SigningKey key = SigningKeys.loadOrGenerate(dir.resolve("keys"));

        Path file = dir.resolve("keys").resolve(SigningKeys.PRIVATE_KEY_FILE);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(key.publicKey().getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void laterStartsLoadTheSameKey() {
        SigningKey first = SigningKeys.loadOrGenerate(dir);
        SigningKey second = SigningKeys.loadOrGenerate(dir);

        assertThat(second.kid()).isEqualTo(first.kid());
        assertThat(second.privateKey()).isEqualTo(first.privateKey());
    }

    @Test
    void keyIdIsTheRfc7638ThumbprintAsAnIndependentImplementationComputesIt() throws Exception {
        SigningKey key = SigningKeys.loadOrGenerate(dir);

        String expected = new RsaJsonWebKey(key.publicKey()).calculateBase64urlEncodedThumbprint("SHA-256");

        assertThat(key.kid()).isEqualTo(expected);
    }
}
