package org.hotspot.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code .hotspot/} holds voucher data, Kafka's logs, keys and the admin password: only the user
 * running the suite may read it. Directories the launcher makes are created 0700; at every start
 * the whole tree is tightened (directories 0700, files lose group and other bits), which also covers
 * what an earlier run, Kafka or Redis created under the umask.
 */
final class OwnerOnly {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> NOT_OWNER = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnly() {
    }

    /** Creates {@code directory} and its missing parents 0700, and returns it. */
    static Path directories(Path directory) {
        try {
            Path parent = directory.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                directories(parent);
            }
            if (!Files.isDirectory(directory)) {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
            }
            // The umask may have narrowed the attribute; the explicit set is exact.
            Files.setPosixFilePermissions(directory, DIRECTORY);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory + " owner-only", e);
        }
    }

    /** Creates {@code home} 0700 if missing and tightens everything under it; links are not followed. */
    static void tighten(Path home) {
        directories(home);
        try {
            Files.walkFileTree(home, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    Files.setPosixFilePermissions(dir, DIRECTORY);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (attributes.isRegularFile()) {
                        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file,
                                LinkOption.NOFOLLOW_LINKS);
                        if (permissions.removeAll(NOT_OWNER)) {
                            Files.setPosixFilePermissions(file, permissions);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + home + " owner-only", e);
        }
    }
}
