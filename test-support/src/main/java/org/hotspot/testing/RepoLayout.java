package org.hotspot.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the checkout is, seen from a module's test working directory. */
final class RepoLayout {

    private RepoLayout() {
    }

    /** The folder holding the root pom and the {@code hotspot} launcher. */
    static Path root() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve("hotspot")) && Files.exists(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no checkout above " + dir);
    }
}
