package org.hotspot.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Keys generated at the first start when configuration gives none, and every other file holding a
 * secret: readable and writable by the owner only from the moment it exists. A developer's machine
 * needs no setup, and no key is ever in git; production passes keys from a Secret instead.
 */
public final class KeyFiles {

    private static final Logger LOG = Logger.getLogger(KeyFiles.class);
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private KeyFiles() {
    }

    /** A file's secret content, and whether it was generated just now. */
    public record Kept(String value, boolean generated) {
    }

    /**
     * The configured key when it is set and not blank (production: from a Secret); else the one
     * kept in {@code file}, generated at the first start (see {@link #loadOrGenerate}).
     */
    public static String configuredOrGenerated(Optional<String> configured, Path file, Supplier<String> fresh) {
        return configured.filter(key -> !key.isBlank())
                .orElseGet(() -> loadOrGenerate(file, fresh));
    }

    /**
     * The file's content, trimmed; when the file does not exist, {@code fresh} is written to it first,
     * readable by the owner only, and logged (where, never what). Several processes starting at once
     * all read the first value written.
     */
    public static String loadOrGenerate(Path file, Supplier<String> fresh) {
        Kept kept = keep(file, fresh);
        if (kept.generated()) {
            LOG.infof("Generated a new key in %s", file);
        }
        return kept.value();
    }

    /** As {@link #loadOrGenerate}, logging nothing, and saying whether this call generated the value. */
    public static Kept keep(Path file, Supplier<String> fresh) {
        try {
            boolean generated = false;
            if (!Files.exists(file)) {
                Path dir = file.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                Path temporary = createTempFile(dir, file.getFileName().toString(), ".tmp");
                try {
                    Files.writeString(temporary, fresh.get() + "\n", StandardCharsets.US_ASCII);
                    // A hard link is atomic and never replaces, where a rename would let a second
                    // process overwrite the key the first one already used.
                    Files.createLink(file, temporary);
                    generated = true;
                } catch (FileAlreadyExistsException e) {
                    // Another process was first; its key is the one.
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            return new Kept(Files.readString(file, StandardCharsets.US_ASCII).trim(), generated);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a key in " + file, e);
        }
    }

    /** Creates the file, which must not exist yet, readable and writable by the owner only. */
    public static Path createFile(Path file) throws IOException {
        return Files.createFile(file, OWNER_ONLY);
    }

    /** Creates a new empty file in {@code dir}, readable and writable by the owner only. */
    public static Path createTempFile(Path dir, String prefix, String suffix) throws IOException {
        return Files.createTempFile(dir, prefix, suffix, OWNER_ONLY);
    }

    /** Writes {@code content} to a new file in place of any there, readable and writable by the owner only. */
    public static void replace(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        createFile(file);
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
