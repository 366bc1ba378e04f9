package org.hotspot.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {

    @TempDir
    Path dir;

    @Test
    void aKeyGeneratedAtTheFirstStartIsReadableByItsOwnerOnlyAndKeptForTheNext() throws Exception {
        Path file = dir.resolve("keys").resolve("lookup-key");

        KeyFiles.Kept first = KeyFiles.keep(file, KeyMaterial::newKey);
        KeyFiles.Kept second = KeyFiles.keep(file, KeyMaterial::newKey);

        assertThat(first.generated()).isTrue();
        assertThat(second.generated()).isFalse();
        assertThat(second.value()).isEqualTo(first.value());
        assertThat(Base64.getDecoder().decode(first.value())).hasSize(KeyMaterial.KEY_BYTES);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void processesStartingAtOnceAllUseTheFirstKeyWritten() throws Exception {
        Path file = dir.resolve("code-keys");
        ExecutorService starts = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> tasks = IntStream.range(0, 8)
                    .<Callable<String>>mapToObj(
                            i -> () -> KeyFiles.loadOrGenerate(file, () -> KeyMaterial.newKeyring("local1")))
                    .toList();
            List<String> keys = starts.invokeAll(tasks).stream().map(KeyFilesTest::get).distinct().toList();

            assertThat(keys).hasSize(1);
            assertThat(keys.get(0)).startsWith("local1:").isEqualTo(Files.readString(file).trim());
        } finally {
            starts.shutdownNow();
        }
    }

    @Test
    void aFileReplacedWithASecretIsOwnerOnlyEvenWhereTheOldOneWasNot() throws Exception {
        Path file = dir.resolve("server.properties");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        KeyFiles.replace(file, "password=" + KeyMaterial.newToken(24));

        assertThat(Files.readString(file)).startsWith("password=").doesNotContain("old");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void generatedPasswordsAndTokensHoldNothingToEscapeOrMisread() {
        assertThat(KeyMaterial.newPassword(20)).hasSize(20)
                .matches("[ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789]+");
        assertThat(KeyMaterial.newToken(32)).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(KeyMaterial.newKey()).isNotEqualTo(KeyMaterial.newKey());
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
