package org.hotspot.common.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Keys a service generates at its first start when configuration gives none: a developer's machine
 * needs no setup, and no key is ever in git. Production passes keys from a Secret instead.
 */
public final class KeyFiles {

    private static final Logger LOG = Logger.getLogger(KeyFiles.class);

    private KeyFiles() {
    }

    /**
     * The file's content, trimmed; when the file does not exist, {@code fresh} is written to it first,
     * readable by the owner only. Several processes starting at once all read the first value written.
     */
    public static String loadOrGenerate(Path file, Supplier<String> fresh) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(),
                        ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try {
                    Files.writeString(temporary, fresh.get() + "\n", StandardCharsets.US_ASCII);
                    // A hard link is atomic and never replaces, where a rename would let a second
                    // process overwrite the key the first one already used.
                    Files.createLink(file, temporary);
                    LOG.infof("Generated a new key in %s", file);
                } catch (FileAlreadyExistsException e) {
                    // Another process was first; its key is the one.
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a key in " + file, e);
        }
    }
}
