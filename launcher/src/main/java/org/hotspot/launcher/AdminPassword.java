package org.hotspot.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The platform admin's first password, as docs/operations.md#the-launcher documents it:
 * {@code HOTSPOT_ADMIN_PASSWORD} when set, else one generated at the first start, printed once and
 * kept in {@code .hotspot/admin-password} for the owner only.
 */
final class AdminPassword {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private AdminPassword() {
    }

    /** The password, and whether it was generated just now (then the caller prints it once). */
    record Result(String password, Path file, boolean generated) {
    }

    static Result resolve(Settings settings) {
        Path file = settings.home().resolve("admin-password");
        var given = settings.value("HOTSPOT_ADMIN_PASSWORD");
        if (given.isPresent()) {
            return new Result(given.get(), null, false);
        }
        try {
            if (Files.exists(file)) {
                return new Result(Files.readString(file).trim(), file, false);
            }
            OwnerOnly.directories(file.getParent());
            String password = generate(20);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n");
            return new Result(password, file, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the admin password in " + file, e);
        }
    }

    private static String generate(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
