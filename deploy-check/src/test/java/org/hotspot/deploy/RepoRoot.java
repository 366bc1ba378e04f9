package org.hotspot.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root: the folder that holds {@code k8s/} and {@code docker-compose.yml}. */
final class RepoRoot {

    private RepoRoot() {
    }

    static Path get() {
        String fromMaven = System.getProperty("maven.multiModuleProjectDirectory");
        if (fromMaven != null && !fromMaven.isBlank() && !fromMaven.startsWith("${")) {
            Path candidate = Path.of(fromMaven).toAbsolutePath().normalize();
            if (isRoot(candidate)) {
                return candidate;
            }
        }
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("No folder holding k8s/ found from maven.multiModuleProjectDirectory="
                + fromMaven + " or upwards from " + start);
    }

    private static boolean isRoot(Path dir) {
        return Files.isDirectory(dir.resolve("k8s"));
    }
}
