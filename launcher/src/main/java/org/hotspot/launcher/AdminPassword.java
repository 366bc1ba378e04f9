package org.hotspot.launcher;

import java.nio.file.Path;
import org.hotspot.keys.KeyFiles;
import org.hotspot.keys.KeyMaterial;

/**
 * The platform admin's first password, as docs/operations.md#the-launcher documents it:
 * {@code HOTSPOT_ADMIN_PASSWORD} when set, else one generated at the first start, printed once and
 * kept in {@code .hotspot/admin-password} for the owner only.
 */
final class AdminPassword {

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
        OwnerOnly.directories(file.getParent());
        KeyFiles.Kept kept = KeyFiles.keep(file, () -> KeyMaterial.newPassword(20));
        return new Result(kept.value(), file, kept.generated());
    }
}
