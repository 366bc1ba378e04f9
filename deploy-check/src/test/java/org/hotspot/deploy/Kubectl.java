package org.hotspot.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code kubectl kustomize} as a child process. Missing kubectl is an error, not a reason to
 * skip: CI installs it, and a skipped check would let a broken overlay through.
 */
final class Kubectl {

    private static final long TIMEOUT_SECONDS = 60;

    private Kubectl() {
    }

    static Path executable() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, windows ? "kubectl.exe" : "kubectl"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new AssertionError("kubectl is not on PATH (" + path + "). The deployment"
                        + " checks render the overlays with `kubectl kustomize` and never skip: install kubectl"
                        + " (https://kubernetes.io/docs/tasks/tools/) and run again."));
    }

    /** The rendered multi-document YAML of {@code kustomizationDir}; fails with kubectl's stderr. */
    static String kustomize(Path kustomizationDir) {
        Path kubectl = executable();
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("kustomize", ".yaml");
            err = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", kustomizationDir.toString())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("`kubectl kustomize " + kustomizationDir + "` did not finish within "
                        + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("`kubectl kustomize " + kustomizationDir + "` exited with "
                        + process.exitValue() + ":\n" + Files.readString(err, StandardCharsets.UTF_8));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + kubectl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running kubectl", e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static File nullDevice() {
        return new File(
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "NUL" : "/dev/null");
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover temp file is not worth failing the check for.
            }
        }
    }
}
