package org.hotspot.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine answers, asked once per JVM. */
final class Docker {

    private static Boolean available;

    private Docker() {
    }

    static synchronized boolean available() {
        if (available == null) {
            available = probe();
        }
        return available;
    }

    private static boolean probe() {
        if (Boolean.parseBoolean(System.getenv("HOTSPOT_TESTS_NO_DOCKER"))) {
            return false;
        }
        // Asking Testcontainers costs seconds of retries when there is plainly no engine to ask.
        boolean someEngineConfigured = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!someEngineConfigured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
