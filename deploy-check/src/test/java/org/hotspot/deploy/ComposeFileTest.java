package org.hotspot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * docker-compose.yml: the three data stores and the five services, their health checks, start
 * order, environment, loopback-only ports, and the Dockerfile each build points at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposeFileTest {

    private static final List<String> DATA_STORES = List.of("mongo", "kafka", "redis");
    /** What each service waits for, healthy: the stores it uses, and auth-service for its JWKS. */
    private static final Map<Service, Set<String>> NEEDS = Map.of(
            Service.AUTH, Set.of("mongo", "kafka", "redis"),
            Service.VOUCHER, Set.of("mongo", "kafka", "redis", "auth-service"),
            Service.SESSION, Set.of("mongo", "kafka", "auth-service"),
            Service.GATEWAY, Set.of("mongo", "kafka", "redis", "auth-service"),
            Service.PORTAL,
            Set.of("kafka", "redis", "auth-service", "voucher-service", "session-service", "router-gateway"));
    private static final Map<Service, String> SECRETS = Map.of(
            Service.AUTH, "HOTSPOT_ADMIN_PASSWORD",
            Service.VOUCHER, "HOTSPOT_VOUCHER_CODE_KEYS",
            Service.GATEWAY, "HOTSPOT_GATEWAY_SECRET_KEYS");
    /** Env names that hold secrets, wherever they appear. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|_KEY|TOKEN|CREDENTIALS?)$");
    /** ${NAME:?message} or ${NAME?message}: compose refuses to start without the variable. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("^\\$\\{[A-Z][A-Z0-9_]*:?\\?[^}]*}$");
    private static final Pattern PORT =
            Pattern.compile("^(?:(?<ip>.+):)?(?<host>\\d+):(?<container>\\d+)(?:/(?<proto>tcp|udp))?$");
    private static final Pattern LOOPBACK = Pattern.compile("^(127\\.0\\.0\\.1|\\$\\{[A-Z0-9_]+:-127\\.0\\.0\\.1})$");

    private Path root;
    private JsonNode services;

    @BeforeAll
    void read() {
        root = RepoRoot.get();
        Path compose = root.resolve("docker-compose.yml");
        assertThat(compose).isRegularFile();
        services = Yamls.parseFile(compose).path("services");
    }

    @Test
    void everyServiceAndDataStoreIsDefinedWithAnImageAndAHealthcheck() {
        List<String> expected = new ArrayList<>(DATA_STORES);
        for (Service service : Service.values()) {
            expected.add(service.id);
        }
        List<String> actual = new ArrayList<>();
        services.properties().forEach(e -> actual.add(e.getKey()));
        // kafka-init is one-shot (it creates the services' Kafka users and ACLs): no healthcheck.
        assertThat(actual).containsExactlyInAnyOrderElementsOf(concat(expected, "kafka-init"));
        for (String name : expected) {
            JsonNode service = services.path(name);
            assertThat(service.has("image") || service.has("build")).as("%s has image or build", name).isTrue();
            assertThat(healthcheck(name)).as("%s healthcheck", name).isNotBlank();
        }
        assertThat(services.path("mongo").path("image").asText()).isEqualTo("mongo:7");
        assertThat(services.path("kafka").path("image").asText()).isEqualTo("apache/kafka:4.1.1");
        assertThat(services.path("redis").path("image").asText()).isEqualTo("redis:7");
        assertThat(healthcheck("mongo")).contains("mongosh").contains("ping");
        assertThat(healthcheck("kafka")).contains("kafka-broker-api-versions.sh").contains("localhost:9092");
        assertThat(healthcheck("redis")).contains("redis-cli").contains("ping");
    }

    /** Its configuration is in deploy/kafka/start-broker.sh; KafkaGrantsTest checks SASL and the ACLs. */
    @Test
    void kafkaIsASingleNodeKraftBrokerAndController() throws IOException {
        String script = Files.readString(root.resolve("deploy/kafka/start-broker.sh"));
        assertThat(script).contains("process.roles=broker,controller")
                .contains("node.id=1\n")
                .contains("controller.quorum.voters=1@kafka:9093")
                .contains("offsets.topic.replication.factor=1")
                .contains("transaction.state.log.replication.factor=1");
        assertThat(environment("kafka")).containsKey("CLUSTER_ID");
    }

    @Test
    void dataStoresKeepTheirDataInNamedVolumes() {
        JsonNode volumes = Yamls.parseFile(root.resolve("docker-compose.yml")).path("volumes");
        for (String store : DATA_STORES) {
            List<String> named = new ArrayList<>();
            for (JsonNode mount : services.path(store).path("volumes")) {
                String source = mount.isTextual() ? mount.asText().split(":", 2)[0] : mount.path("source").asText();
                if (volumes.has(source)) {
                    named.add(source);
                }
            }
            assertThat(named).as("%s named volumes", store).isNotEmpty();
        }
    }

    @Test
    void everyServiceIsBuiltFromItsDockerfileAndChecksItsReadiness() throws IOException {
        for (Service service : Service.values()) {
            JsonNode compose = services.path(service.id);
            assertThat(compose.path("image").asText()).isEqualTo(service.image());
            JsonNode build = compose.path("build");
            assertThat(build.path("context").asText()).isEqualTo("./" + service.id);
            Path dockerfile =
                    root.resolve(build.path("context").asText()).resolve(build.path("dockerfile").asText()).normalize();
            assertThat(dockerfile).as("%s Dockerfile", service)
                    .isEqualTo(root.resolve(service.id).resolve("src/main/docker/Dockerfile.jvm"))
                    .isRegularFile();
            String text = Files.readString(dockerfile);
            assertThat(text).as("%s Dockerfile", service)
                    .contains("FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:")
                    .contains("USER 185")
                    .contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"")
                    .containsPattern("(?m)^EXPOSE .*\\b" + service.httpPort + "\\b");
            assertThat(healthcheck(service.id)).as("%s healthcheck", service)
                    .contains("curl").contains("http://localhost:" + service.managementPort + "/q/health/ready");
        }
        assertThat(Files.readString(root.resolve("router-gateway/src/main/docker/Dockerfile.jvm")))
                .containsPattern("(?m)^EXPOSE .*1812/udp").containsPattern("(?m)^EXPOSE .*1813/udp");
    }

    @Test
    void everyServiceStartsOnlyAfterWhatItNeedsIsHealthy() {
        for (Service service : Service.values()) {
            JsonNode dependsOn = services.path(service.id).path("depends_on");
            assertThat(dependsOn.isObject()).as("%s depends_on uses the long form with conditions", service).isTrue();
            Map<String, String> conditions = new TreeMap<>();
            dependsOn.properties().forEach(e -> conditions.put(e.getKey(), e.getValue().path("condition").asText()));
            // And on its Kafka user being created (kafka-init, one-shot).
            assertThat(conditions).as("%s depends on", service).containsEntry("kafka-init",
                    "service_completed_successfully");
            conditions.remove("kafka-init");
            assertThat(conditions.keySet()).as("%s depends on", service)
                    .containsExactlyInAnyOrderElementsOf(NEEDS.get(service));
            assertThat(conditions.values()).as("%s conditions", service).containsOnly("service_healthy");
        }
    }

    @Test
    void everyServiceIsConfiguredForTheComposeNetwork() {
        for (Service service : Service.values()) {
            Map<String, String> env = environment(service.id);
            assertThat(env).as("%s environment", service)
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                    // Each as its own Redis ACL user: see RedisAclTest.
                    .containsEntry("QUARKUS_REDIS_HOSTS", "redis://" + service.id + "@redis:6379")
                    .containsEntry("HOTSPOT_AUTH_URL", "http://auth-service:8081")
                    .containsEntry("QUARKUS_HTTP_PORT", String.valueOf(service.httpPort))
                    .containsEntry("QUARKUS_MANAGEMENT_PORT", String.valueOf(service.managementPort));
            if (service.database().isPresent()) {
                assertThat(env).containsEntry("QUARKUS_MONGODB_CONNECTION_STRING", "mongodb://mongo:27017")
                        .containsEntry("QUARKUS_MONGODB_DATABASE", service.database().get());
            } else {
                assertThat(env).doesNotContainKeys("QUARKUS_MONGODB_CONNECTION_STRING", "QUARKUS_MONGODB_DATABASE");
            }
        }
    }

    @Test
    void secretsComeFromTheEnvironmentNeverFromTheFile() {
        services.properties().forEach(service -> environment(service.getKey()).forEach((key, value) -> {
            if (SECRET_NAME.matcher(key).matches()) {
                assertThat(value).as("%s of %s must be a required ${...} substitution", key, service.getKey())
                        .matches(REQUIRED_VARIABLE);
                // One Redis password per service, so each has a name of its own.
                String variable = key.equals("QUARKUS_REDIS_PASSWORD") ? "HOTSPOT_REDIS_PASSWORD_" : key;
                assertThat(value).as("%s of %s", key, service.getKey()).startsWith("${" + variable);
            }
        }));
        SECRETS.forEach(
                (service, key) -> assertThat(environment(service.id)).as("%s environment", service).containsKey(key));
        // One token per calling service: each sends its own, and is told only its callers' tokens.
        // Every service, auth-service itself included, polls auth-service's /internal/revocations with its own.
        assertThat(tokenSettings(Service.AUTH)).containsOnlyKeys("HOTSPOT_SERVICE_TOKEN",
                "HOTSPOT_SERVICE_TOKENS_AUTH_SERVICE", "HOTSPOT_SERVICE_TOKENS_ROUTER_GATEWAY",
                "HOTSPOT_SERVICE_TOKENS_VOUCHER_SERVICE", "HOTSPOT_SERVICE_TOKENS_SESSION_SERVICE",
                "HOTSPOT_SERVICE_TOKENS_PORTAL_WEB");
        assertThat(tokenSettings(Service.VOUCHER)).containsOnlyKeys("HOTSPOT_SERVICE_TOKEN",
                "HOTSPOT_SERVICE_TOKENS_ROUTER_GATEWAY", "HOTSPOT_SERVICE_TOKENS_PORTAL_WEB");
        assertThat(tokenSettings(Service.GATEWAY)).containsOnlyKeys("HOTSPOT_SERVICE_TOKEN",
                "HOTSPOT_SERVICE_TOKENS_PORTAL_WEB");
        assertThat(tokenSettings(Service.PORTAL)).containsOnlyKeys("HOTSPOT_SERVICE_TOKEN");
        assertThat(tokenSettings(Service.SESSION)).containsOnlyKeys("HOTSPOT_SERVICE_TOKEN");
        assertThat(environment(Service.GATEWAY.id).get("HOTSPOT_SERVICE_TOKEN"))
                .isEqualTo(environment(Service.VOUCHER.id).get("HOTSPOT_SERVICE_TOKENS_ROUTER_GATEWAY"))
                .isEqualTo(environment(Service.AUTH.id).get("HOTSPOT_SERVICE_TOKENS_ROUTER_GATEWAY"))
                .isNotEqualTo(environment(Service.VOUCHER.id).get("HOTSPOT_SERVICE_TOKEN"));
        assertThat(environment(Service.PORTAL.id).get("HOTSPOT_SERVICE_TOKEN"))
                .isEqualTo(environment(Service.GATEWAY.id).get("HOTSPOT_SERVICE_TOKENS_PORTAL_WEB"))
                .isEqualTo(environment(Service.VOUCHER.id).get("HOTSPOT_SERVICE_TOKENS_PORTAL_WEB"))
                .isEqualTo(environment(Service.AUTH.id).get("HOTSPOT_SERVICE_TOKENS_PORTAL_WEB"));
    }

    @Test
    void portsArePublishedOnLoopbackPerTheSpec() {
        for (Service service : Service.values()) {
            List<String> published = new ArrayList<>();
            for (JsonNode port : services.path(service.id).path("ports")) {
                Matcher m = PORT.matcher(port.asText());
                assertThat(m.matches()).as("%s port %s in short syntax", service, port.asText()).isTrue();
                assertThat(m.group("ip")).as("%s port %s host address", service, port.asText()).isNotNull()
                        .matches(LOOPBACK);
                assertThat(m.group("host")).as("%s port %s", service, port.asText()).isEqualTo(m.group("container"));
                published.add(m.group("container") + "/" + (m.group("proto") == null ? "tcp" : m.group("proto")));
            }
            List<String> expected = new ArrayList<>(List.of(service.httpPort + "/tcp"));
            if (service == Service.GATEWAY) {
                expected.add(Service.RADIUS_AUTH_PORT + "/udp");
                expected.add(Service.RADIUS_ACCT_PORT + "/udp");
            }
            assertThat(published).as("%s published ports", service).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }

    @Test
    void authServiceTrustsTheComposeNetworkAsItsProxiesAndSignsDeviceTokensWithAKeyFromTheEnvironment() {
        Map<String, String> env = environment(Service.AUTH.id);
        JsonNode subnets = Yamls.parseFile(root.resolve("docker-compose.yml"))
                .path("networks").path("default").path("ipam").path("config");
        List<String> declared = new ArrayList<>();
        subnets.forEach(subnet -> declared.add(subnet.path("subnet").asText()));
        assertThat(declared).as("the default network's fixed subnet").isNotEmpty();
        assertThat(env.get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES")).as("auth-service trusted proxies")
                .isNotNull();
        assertThat(List.of(env.get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").split(",")))
                .allSatisfy(entry -> assertThat(declared).contains(entry.trim()));
        assertThat(env).containsKey("HOTSPOT_AUTH_DEVICE_KEY");
    }

    private Map<String, String> tokenSettings(Service service) {
        Map<String, String> tokens = new TreeMap<>(environment(service.id));
        tokens.keySet().removeIf(key -> !key.startsWith("HOTSPOT_SERVICE_TOKEN"));
        return tokens;
    }

    private String healthcheck(String service) {
        JsonNode test = services.path(service).path("healthcheck").path("test");
        if (test.isArray()) {
            List<String> parts = new ArrayList<>();
            test.forEach(p -> parts.add(p.asText()));
            return String.join(" ", parts);
        }
        return test.asText("");
    }

    /** The environment in either compose form: a map, or a list of NAME=value. */
    private Map<String, String> environment(String service) {
        JsonNode env = services.path(service).path("environment");
        Map<String, String> result = new TreeMap<>();
        if (env.isObject()) {
            env.properties().forEach(e -> result.put(e.getKey(), e.getValue().asText()));
        } else {
            for (JsonNode entry : env) {
                String[] pair = entry.asText().split("=", 2);
                result.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
        return result;
    }
}
