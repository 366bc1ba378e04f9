package org.hotspot.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.hotspot.auth.config.AuthConfig;
import org.hotspot.common.crypto.SecretBox;
import org.jboss.logging.Logger;

/**
 * The keys that seal auth-service's secrets at rest (TOTP seeds). From {@code HOTSPOT_AUTH_DATA_KEYS}
 * when set (production: a Kubernetes Secret); else from {@code data-keys} in the key directory,
 * generated at first start, so a developer's machine needs no setup and no key is ever in git.
 */
@ApplicationScoped
public class DataKeys {

    static final String FILE = "data-keys";
    private static final Logger LOG = Logger.getLogger(DataKeys.class);

    @Produces
    @jakarta.inject.Singleton
    SecretBox secretBox(AuthConfig config) {
        String keyring = config.dataKeys().filter(keys -> !keys.isBlank())
                .orElseGet(() -> loadOrGenerate(config.keyDir().resolve(FILE)));
        return SecretBox.parse(keyring, config.dataKeyId().orElse(null));
    }

    private static String loadOrGenerate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(temporary, "local1:" + SecretBox.newKey() + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                    LOG.infof("Generated a new data key in %s", file);
                } catch (IOException e) {
                    Files.deleteIfExists(temporary);
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("no HOTSPOT_AUTH_DATA_KEYS and cannot keep data keys in " + file, e);
        }
    }
}
