package org.hotspot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Servers that live as long as the test JVM: started on first use, stopped when the JVM exits. */
final class JvmScoped {

    private JvmScoped() {
    }

    /**
     * The value under {@code key} for this whole JVM, computed on first call. The system properties
     * are the one map every class loader shares; their lock makes concurrent first calls wait.
     */
    static String once(String key, Supplier<String> compute) {
        Properties properties = System.getProperties();
        synchronized (properties) {
            String value = properties.getProperty(key);
            if (value == null) {
                value = compute.get();
                properties.setProperty(key, value);
            }
            return value;
        }
    }

    /** Runs {@code stop} when the JVM exits. */
    static void stopAtExit(String name, AutoCloseable stop) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop.close();
            } catch (Exception e) {
                System.err.println("stopping " + name + " failed: " + e);
            }
        }, "stop-" + name));
    }

    /** A fresh directory, deleted when the JVM exits (after the servers using it have stopped). */
    static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }
}
