package org.hotspot.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * How the launcher starts one service's JVM: in which directory, with which classpath, options and
 * main class. Seven JVMs (five services, Kafka, the launcher with MongoDB) share this machine's cores,
 * so each one's options are chosen for that (docs/operations.md#jvm-options-and-class-data-sharing).
 *
 * @param workingDirectory the service's {@code target/quarkus-app}
 * @param classpath        {@code quarkus-run.jar} as a path relative to it, then the launcher's own
 *                         {@code ParentWatch}
 * @param options          the JVM options, {@code HOTSPOT_JVM_OPTIONS} last so that they win
 * @param mainClass        the entry point named in {@code quarkus-run.jar}'s manifest
 * @param archive          the class-data archive used, or null
 */
record ServiceJvm(Path workingDirectory, List<Path> classpath, List<String> options, String mainClass, Path archive) {

    /** The run jar, which the packaging names and whose manifest names the rest of the classpath. */
    static final String RUN_JAR = "quarkus-run.jar";
    /** What a build with {@code -Pappcds} writes beside {@link #RUN_JAR} (Quarkus's AppCDS, JDK 17). */
    static final String ARCHIVE = "app-cds.jsa";
    /** The fast-jar entry point: the default packaging, with no manifest to say otherwise. */
    static final String FAST_JAR_MAIN = "io.quarkus.bootstrap.runner.QuarkusEntryPoint";

    /** {@code off}: the options the launcher gave before the per-service tuning, for comparing. */
    static final String TUNING_VARIABLE = "HOTSPOT_JVM_TUNING";
    /** {@code off}: do not use the class-data archive even where the build made one, for comparing. */
    static final String APPCDS_VARIABLE = "HOTSPOT_APPCDS";

    /** The services whose JIT stops at C1; router-gateway keeps C2 for its re-logins. */
    private static final List<String> C1_ONLY = List.of("auth-service", "voucher-service", "session-service",
            "portal-web");

    static ServiceJvm of(Service service, Path app, Path parentWatchJar, Settings settings) {
        Path archive = app.resolve(ARCHIVE);
        boolean useArchive = Files.isRegularFile(archive) && !off(settings, APPCDS_VARIABLE);
        List<String> options = new ArrayList<>(options(service, settings));
        if (useArchive) {
            // Classes of the JDK, the libraries and the service, parsed, verified and laid out at build
            // time: mapped from the file rather than loaded one by one. The archive holds the classpath
            // it was made with (quarkus-run.jar, relative to this directory): the JVM checks it, and
            // quietly runs without the archive when another JDK made it.
            options.add(0, "-XX:SharedArchiveFile=" + archive);
        }
        settings.value("HOTSPOT_JVM_OPTIONS").ifPresent(more -> options.addAll(List.of(more.split("\\s+"))));
        return new ServiceJvm(app, List.of(Path.of(RUN_JAR), parentWatchJar), List.copyOf(options),
                mainClass(app.resolve(RUN_JAR)), useArchive ? archive : null);
    }

    /**
     * The options of a service before {@code HOTSPOT_JVM_OPTIONS}. Small heaps and the serial
     * collector: five JVMs share one machine, and a concurrent collector's threads would take the
     * cores the requests need. router-gateway also gets a young generation of 128 MB: it makes about
     * 10 KB of short-lived garbage per RADIUS request (most of it the Redis client's reply buffers),
     * and with the default of a few tens of megabytes it collected five times a second at 10,000
     * requests a second, each pause landing on the requests in flight (bench/radius/RESULTS.md).
     */
    static List<String> options(Service service, Settings settings) {
        List<String> options = new ArrayList<>(List.of("-Xmx384m", "-XX:+UseSerialGC", "-Dhotspot.launcher=true"));
        boolean gateway = service.name().equals("router-gateway");
        // The young generation cannot start larger than the heap: the gateway starts with both.
        options.addAll(gateway ? List.of("-Xms160m", "-Xmn128m") : List.of("-Xms32m"));
        if (off(settings, TUNING_VARIABLE)) {
            return options;
        }
        // A JVM out of heap has lost a thread somewhere mid-request; dead, the launcher reports it
        // (and an orchestrator restarts it) instead of it answering some requests and not others.
        options.add("-XX:+ExitOnOutOfMemoryError");
        if (C1_ONLY.contains(service.name())) {
            // C1 only: these services are I/O glue (HTTP, MongoDB, Redis, Kafka), and C2 compiling
            // their framework code took 35-58 % of each one's CPU through thousands of first logins,
            // on a core shared with six other JVMs. C1 alone made the cold first logins 55/s with none
            // unanswered against 44/s (bench/radius/RESULTS.md, Update 9), and the start shorter.
            // router-gateway is not among them: its re-logins (50,000/s) need C2's code.
            options.add("-XX:TieredStopAtLevel=1");
        }
        return options;
    }

    private static boolean off(Settings settings, String variable) {
        return settings.value(variable).map(v -> v.equalsIgnoreCase("off") || v.equalsIgnoreCase("false"))
                .orElse(false);
    }

    /** The Main-Class of the run jar: the fast-jar entry point, or the aot-jar one of a -Pappcds build. */
    static String mainClass(Path runJar) {
        try (JarFile jar = new JarFile(runJar.toFile())) {
            String main = jar.getManifest() == null ? null
                    : jar.getManifest().getMainAttributes().getValue("Main-Class");
            return main == null || main.isBlank() ? FAST_JAR_MAIN : main.trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + runJar, e);
        }
    }
}
