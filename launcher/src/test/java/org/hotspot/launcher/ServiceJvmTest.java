package org.hotspot.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JVM each service gets: its options, and the class-data archive when the build made one. */
class ServiceJvmTest {

    private static final Path PARENT_WATCH = Path.of("/opt/hotspot/infra.jar");

    @TempDir
    Path app;

    @Test
    void glueServicesCompileWithC1OnlyAndTheGatewayKeepsC2() throws IOException {
        runJar(null);
        for (Service service : Service.ALL) {
            ServiceJvm jvm = ServiceJvm.of(service, app, PARENT_WATCH, settings(Map.of()));
            assertThat(jvm.options()).as(service.name()).contains("-XX:+UseSerialGC", "-Xmx384m",
                    "-XX:+ExitOnOutOfMemoryError");
            if (service.name().equals("router-gateway")) {
                assertThat(jvm.options()).as("the gateway's re-logins need C2")
                        .doesNotContain("-XX:TieredStopAtLevel=1")
                        .contains("-Xms160m", "-Xmn128m");
            } else {
                assertThat(jvm.options()).as(service.name()).contains("-XX:TieredStopAtLevel=1");
            }
        }
    }

    @Test
    void everyServiceGetsTheOptionsTheDocsGiveIt() throws IOException {
        runJar(null);
        String docs = Files.readString(Path.of("..", "docs", "operations.md"));
        for (Service service : Service.ALL) {
            Matcher row = Pattern.compile("^\\| " + service.name() + " \\| `([^`]+)` \\|", Pattern.MULTILINE)
                    .matcher(docs);
            assertThat(row.find()).as("docs/operations.md's JVM options row of %s", service.name()).isTrue();
            List<String> options = new ArrayList<>(
                    ServiceJvm.of(service, app, PARENT_WATCH, settings(Map.of())).options());
            options.remove("-Dhotspot.launcher=true");
            assertThat(options).as(service.name()).containsExactlyInAnyOrder(row.group(1).split(" "));
        }
    }

    @Test
    void tuningOffGivesTheOptionsOfBeforeForComparing() throws IOException {
        runJar(null);
        ServiceJvm jvm = ServiceJvm.of(Service.named("auth-service"), app, PARENT_WATCH,
                settings(Map.of("HOTSPOT_JVM_TUNING", "off")));

        assertThat(jvm.options()).containsExactly("-Xmx384m", "-XX:+UseSerialGC", "-Dhotspot.launcher=true", "-Xms32m");
    }

    @Test
    void theEnvironmentsOptionsComeLastSoTheyWin() throws IOException {
        runJar(null);
        ServiceJvm jvm = ServiceJvm.of(Service.named("session-service"), app, PARENT_WATCH,
                settings(Map.of("HOTSPOT_JVM_OPTIONS", "-XX:TieredStopAtLevel=4  -Xmx512m")));

        assertThat(jvm.options()).endsWith("-XX:TieredStopAtLevel=4", "-Xmx512m");
    }

    @Test
    void withoutAnArchiveTheServiceRunsAsBuilt() throws IOException {
        runJar(null);
        ServiceJvm jvm = ServiceJvm.of(Service.named("voucher-service"), app, PARENT_WATCH, settings(Map.of()));

        assertThat(jvm.archive()).isNull();
        assertThat(jvm.options()).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
        assertThat(jvm.mainClass()).isEqualTo("io.quarkus.bootstrap.runner.QuarkusEntryPoint");
        assertThat(jvm.workingDirectory()).isEqualTo(app);
    }

    @Test
    void theArchiveBesideTheJarIsUsedWithTheClasspathItWasMadeWith() throws IOException {
        runJar("io.quarkus.bootstrap.runner.AotQuarkusEntryPoint");
        Files.writeString(app.resolve("app-cds.jsa"), "archive");

        ServiceJvm jvm = ServiceJvm.of(Service.named("router-gateway"), app, PARENT_WATCH, settings(Map.of()));

        assertThat(jvm.archive()).isEqualTo(app.resolve("app-cds.jsa"));
        assertThat(jvm.options()).contains("-XX:SharedArchiveFile=" + app.resolve("app-cds.jsa"));
        // The archive was made by `java -jar quarkus-run.jar` in this directory: the same entry, first.
        assertThat(jvm.workingDirectory()).isEqualTo(app);
        assertThat(jvm.classpath()).containsExactly(Path.of("quarkus-run.jar"), PARENT_WATCH);
        assertThat(jvm.mainClass()).isEqualTo("io.quarkus.bootstrap.runner.AotQuarkusEntryPoint");
    }

    @Test
    void appCdsOffLeavesTheArchiveUnused() throws IOException {
        runJar(null);
        Files.writeString(app.resolve("app-cds.jsa"), "archive");

        ServiceJvm jvm = ServiceJvm.of(Service.named("portal-web"), app, PARENT_WATCH,
                settings(Map.of("HOTSPOT_APPCDS", "off")));

        assertThat(jvm.archive()).isNull();
        assertThat(jvm.options()).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
    }

    /** A quarkus-run.jar naming {@code mainClass}, or none (then the fast-jar entry point is meant). */
    private void runJar(String mainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        try (OutputStream file = Files.newOutputStream(app.resolve("quarkus-run.jar"));
                JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.flush();
        }
    }

    private Settings settings(Map<String, String> env) {
        return new Settings(app, app.resolve(".hotspot"), env);
    }
}
