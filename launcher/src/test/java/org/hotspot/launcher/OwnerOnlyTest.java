package org.hotspot.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .hotspot/} is readable by its owner only, whether new or left by an earlier run. */
class OwnerOnlyTest {

    @TempDir
    Path temp;

    @Test
    void aNewHomeAndWhatTheLauncherKeepsInItAreOwnerOnly() throws IOException {
        Settings settings = settings(temp.resolve("new/.hotspot"));

        OwnerOnly.tighten(settings.home());
        OwnerOnly.directories(settings.data("kafka"));
        AdminPassword.resolve(settings);
        ServiceToken.resolve(settings, "router-gateway");

        assertEveryDirectoryIsOwnerOnly(settings.home());
        assertThat(mode(settings.home().resolve("admin-password"))).isEqualTo("rw-------");
        assertThat(mode(settings.home().resolve("keys/service-token-router-gateway"))).isEqualTo("rw-------");
    }

    @Test
    void anEarlierRunsDirectoriesAndFilesAreTightenedAtStart() throws IOException {
        Path home = temp.resolve(".hotspot");
        Path partition = Files.createDirectories(home.resolve("data/kafka/logs/voucher-usage-0"));
        Path segment = Files.writeString(partition.resolve("00000000000000000000.log"), "usage");
        Path script = Files.writeString(home.resolve("data/run.sh"), "");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(partition, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(segment, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));

        OwnerOnly.tighten(home);

        assertEveryDirectoryIsOwnerOnly(home);
        assertThat(mode(segment)).isEqualTo("rw-------");
        assertThat(mode(script)).isEqualTo("rwx------");
    }

    private static void assertEveryDirectoryIsOwnerOnly(Path home) throws IOException {
        try (Stream<Path> tree = Files.walk(home)) {
            List<Path> directories = tree.filter(Files::isDirectory).toList();
            assertThat(directories).hasSizeGreaterThan(1);
            for (Path directory : directories) {
                assertThat(mode(directory)).as(directory.toString()).isEqualTo("rwx------");
            }
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static Settings settings(Path home) {
        return Settings.fromEnvironment(Map.of("HOTSPOT_HOME", home.toString()));
    }
}
