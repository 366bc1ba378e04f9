package org.hotspot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JVM each pod runs: the options docs/operations.md gives each service, the same in its image
 * and its Deployment in every overlay, a heap that fits the overlay's memory limit, and probes that
 * leave a fresh pod the time to warm up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JvmOptionsTest {

    private static final Path ROOT = RepoRoot.get();
    /** What every image's JAVA_OPTS_APPEND starts with: the HTTP host and the log manager. */
    private static final String IMAGE_BASE =
            "-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager";
    /** Room a JVM needs beside its heap: metaspace, compiled code, thread stacks, Netty's direct buffers. */
    private static final BigDecimal NON_HEAP_ROOM = BigDecimal.valueOf(256L << 20);
    private static final Pattern DOCS_ROW = Pattern.compile("^\\| ([a-z-]+) \\| `([^`]+)` \\| `([^`]+)` \\|$",
            Pattern.MULTILINE);
    private static final Pattern MAX_RAM = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)");
    private static final Pattern INITIAL_HEAP = Pattern.compile("-Xms([0-9]+)m");
    private static final Pattern IMAGE_OPTIONS =
            Pattern.compile("^ENV JAVA_OPTS_APPEND=\"([^\"]*)\"$", Pattern.MULTILINE);
    private static final Pattern IMAGE_GC =
            Pattern.compile("^ENV GC_CONTAINER_OPTIONS=\"([^\"]*)\"$", Pattern.MULTILINE);
    private static final Pattern WARM_UP_CUT =
            Pattern.compile("@WithDefault\\(\"(PT[0-9]+[SM])\"\\)\\s+Duration maxTime\\(\\)");

    private final Map<String, Manifests> rendered = new HashMap<>();
    /** The Kubernetes column of docs/operations.md's table, by service. */
    private final Map<String, String> documented = new HashMap<>();

    @BeforeAll
    void renderAndRead() throws IOException {
        for (String overlay : List.of("local", "production")) {
            rendered.put(overlay, Manifests.render(overlay));
        }
        Matcher row = DOCS_ROW.matcher(Files.readString(ROOT.resolve("docs/operations.md")));
        while (row.find()) {
            documented.put(row.group(1), row.group(3));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyDeploymentRunsTheJvmOptionsTheDocsGive(String overlay) {
        for (Service service : Service.values()) {
            Map<String, String> env = K8sObjects.env(rendered.get(overlay).container(service));
            assertThat(documented).as("docs/operations.md's JVM options table").containsKey(service.id);
            assertThat(env.get("JAVA_OPTS_APPEND")).as("%s's JVM options in %s", service, overlay)
                    .isEqualTo(IMAGE_BASE + " " + documented.get(service.id));
            assertThat(env.get("GC_CONTAINER_OPTIONS")).as("%s's collector in %s", service, overlay)
                    .isEqualTo("-XX:+UseSerialGC");
        }
    }

    @Test
    void everyImageRunsTheSameOptionsAsItsDeployment() throws IOException {
        for (Service service : Service.values()) {
            String dockerfile = Files.readString(ROOT.resolve(service.id).resolve("src/main/docker/Dockerfile.jvm"));
            Map<String, String> env = K8sObjects.env(rendered.get("production").container(service));
            assertThat(only(IMAGE_OPTIONS, dockerfile)).as("%s image's JAVA_OPTS_APPEND", service)
                    .isEqualTo(env.get("JAVA_OPTS_APPEND"));
            assertThat(only(IMAGE_GC, dockerfile)).as("%s image's collector", service)
                    .isEqualTo(env.get("GC_CONTAINER_OPTIONS"));
            assertThat(dockerfile).as("%s image lays out its class-data archive with its own JVM", service)
                    .contains("-XX:ArchiveClassesAtExit=/deployments/app-cds.jsa");
        }
    }

    @Test
    void onlyTheGatewayKeepsC2() {
        for (Service service : Service.values()) {
            String options = K8sObjects.env(rendered.get("production").container(service)).get("JAVA_OPTS_APPEND");
            if (service == Service.GATEWAY) {
                assertThat(options).as("router-gateway's re-logins run on C2's code")
                        .doesNotContain("TieredStopAtLevel");
            } else {
                assertThat(options).as("%s is I/O glue: C1 only", service).contains("-XX:TieredStopAtLevel=1");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theHeapFitsTheMemoryLimitWithRoomBesideIt(String overlay) {
        for (Service service : Service.values()) {
            JsonNode container = rendered.get(overlay).container(service);
            BigDecimal limit = Quantities.parse(container.path("resources").path("limits").path("memory").asText());
            String options = K8sObjects.env(container).get("JAVA_OPTS_APPEND");
            Matcher percent = MAX_RAM.matcher(options);
            assertThat(percent.find()).as("%s sizes its heap by its memory limit", service).isTrue();
            BigDecimal heap = limit.multiply(new BigDecimal(percent.group(1))).divide(BigDecimal.valueOf(100));
            assertThat(limit.subtract(heap)).as("%s in %s: room beside a heap of %s bytes", service, overlay, heap)
                    .isGreaterThanOrEqualTo(NON_HEAP_ROOM);
            Matcher initial = INITIAL_HEAP.matcher(options);
            if (initial.find()) {
                // A JVM whose initial heap exceeds its maximum does not start at all.
                assertThat(heap).as("%s in %s: the maximum heap holds -Xms", service, overlay)
                        .isGreaterThanOrEqualTo(BigDecimal.valueOf(Long.parseLong(initial.group(1)) << 20));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theStartupProbeOutlastsTheWarmUpsCutOff(String overlay) throws IOException {
        Duration cut = warmUpCutOff();
        for (Service service : Service.values()) {
            JsonNode probe = rendered.get(overlay).container(service).path("startupProbe");
            long budget = probe.path("initialDelaySeconds").asLong(0)
                    + probe.path("periodSeconds").asLong(10) * probe.path("failureThreshold").asLong(3);
            assertThat(budget).as("%s's startup probe budget in %s, against the warm-up's cut-off of %s", service,
                    overlay, cut).isGreaterThan(cut.toSeconds());
        }
    }

    private static Duration warmUpCutOff() throws IOException {
        String config = Files.readString(
                ROOT.resolve("common/src/main/java/org/hotspot/common/warmup/WarmUpConfig.java"));
        Matcher m = WARM_UP_CUT.matcher(config);
        assertThat(m.find()).as("WarmUpConfig.maxTime()'s default").isTrue();
        return Duration.parse(m.group(1));
    }

    private static String only(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in the Dockerfile", pattern).isTrue();
        String value = m.group(1);
        assertThat(m.find()).as("%s once only", pattern).isFalse();
        return value;
    }
}
