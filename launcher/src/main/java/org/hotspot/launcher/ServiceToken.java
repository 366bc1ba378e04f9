package org.hotspot.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token the services present to each other's internal endpoints: {@code HOTSPOT_SERVICE_TOKENS}
 * when set, else one generated at the first start and kept in {@code .hotspot/keys/service-token}
 * for the owner only (tools such as the benchmarks read it there).
 */
final class ServiceToken {

    private ServiceToken() {
    }

    static String resolve(Settings settings) {
        var given = settings.value("HOTSPOT_SERVICE_TOKENS");
        if (given.isPresent()) {
            return given.get();
        }
        Path file = settings.home().resolve("keys").resolve("service-token");
        try {
            if (!Files.exists(file)) {
                OwnerOnly.directories(file.getParent());
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the service token in " + file, e);
        }
    }
}
