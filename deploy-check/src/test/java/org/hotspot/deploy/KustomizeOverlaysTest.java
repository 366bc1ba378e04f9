package org.hotspot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.deploy.K8sObjects.containerPort;
import static org.hotspot.deploy.K8sObjects.env;
import static org.hotspot.deploy.K8sObjects.labels;
import static org.hotspot.deploy.K8sObjects.portNamed;
import static org.hotspot.deploy.K8sObjects.probePath;
import static org.hotspot.deploy.K8sObjects.protocolOf;
import static org.hotspot.deploy.K8sObjects.secretRefs;
import static org.hotspot.deploy.K8sObjects.texts;
import static org.hotspot.deploy.K8sObjects.volume;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders every overlay with {@code kubectl kustomize} and checks what a cluster would receive:
 * each service's Deployment and Service, probes, resources, labels, hardening, the UDP RADIUS
 * Service, config and secret wiring, and the overlay's namespace. Production's autoscaling,
 * disruption budgets and network policies are checked in {@link ProductionOverlayTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KustomizeOverlaysTest {

    static final Map<String, String> NAMESPACES = Map.of("local", "hotspot-local", "production", "hotspot");
    static final Set<String> RECOMMENDED_LABELS = Set.of("app.kubernetes.io/name", "app.kubernetes.io/part-of",
            "app.kubernetes.io/component", "app.kubernetes.io/version");

    private final Map<String, Manifests> rendered = new HashMap<>();

    @BeforeAll
    void renderOverlays() {
        NAMESPACES.keySet().forEach(overlay -> rendered.put(overlay, Manifests.render(overlay)));
    }

    @Test
    void kubectlIsOnPath() {
        assertThat(Kubectl.executable()).isExecutable();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyServiceHasADeploymentAndAClusterIpServiceOnItsHttpPort(String overlay) {
        Manifests m = rendered.get(overlay);
        for (Service service : Service.values()) {
            JsonNode container = m.container(service);
            assertThat(container.path("image").asText()).as("%s image", service).isEqualTo(service.image());
            assertThat(env(container)).as("%s env", service).containsEntry("QUARKUS_HTTP_PORT",
                    String.valueOf(service.httpPort));
            assertThat(containerPort(container, "http")).as("%s container port http", service)
                    .isEqualTo(service.httpPort);
            assertThat(env(container)).as("%s env", service)
                    .containsEntry("QUARKUS_MANAGEMENT_PORT", String.valueOf(service.managementPort));
            assertThat(containerPort(container, "management")).as("%s container port management", service)
                    .isEqualTo(service.managementPort);

            JsonNode svc = m.get("Service", service.id);
            assertThat(svc.path("spec").path("type").asText("ClusterIP")).as("%s Service type", service)
                    .isEqualTo("ClusterIP");
            JsonNode http = portNamed(svc, "http");
            assertThat(http.path("port").asInt()).as("%s Service port", service).isEqualTo(service.httpPort);
            assertThat(http.path("protocol").asText("TCP")).isEqualTo("TCP");
            for (JsonNode port : svc.path("spec").path("ports")) {
                assertThat(List.of(port.path("port").asInt(), port.path("targetPort").asText()))
                        .as("%s Service does not expose health, metrics or OpenAPI", service)
                        .doesNotContain(service.managementPort, "management", String.valueOf(service.managementPort));
            }
            assertThat(labels(svc.path("spec").path("selector")))
                    .as("%s Service selects its own pods", service)
                    .isEqualTo(Map.of("app.kubernetes.io/name", service.id))
                    .isEqualTo(labels(m.deployment(service).path("spec").path("selector").path("matchLabels")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyDeploymentProbesQuarkusHealthOnItsHttpPort(String overlay) {
        Manifests m = rendered.get(overlay);
        for (Service service : Service.values()) {
            JsonNode container = m.container(service);
            assertThat(probePath(container, "livenessProbe", service)).isEqualTo("/q/health/live");
            assertThat(probePath(container, "readinessProbe", service)).isEqualTo("/q/health/ready");
            assertThat(probePath(container, "startupProbe", service)).startsWith("/q/health");
            JsonNode annotations =
                    m.deployment(service).path("spec").path("template").path("metadata").path("annotations");
            assertThat(annotations.path("prometheus.io/scrape").asText()).as("%s scraped", service).isEqualTo("true");
            assertThat(annotations.path("prometheus.io/port").asText()).as("%s scraped on the management port", service)
                    .isEqualTo(String.valueOf(service.managementPort));
            assertThat(annotations.path("prometheus.io/path").asText()).isEqualTo("/q/metrics");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyDeploymentRequestsAndLimitsCpuAndMemory(String overlay) {
        Manifests m = rendered.get(overlay);
        for (Service service : Service.values()) {
            JsonNode resources = m.container(service).path("resources");
            for (String resource : List.of("cpu", "memory")) {
                String request = resources.path("requests").path(resource).asText("");
                String limit = resources.path("limits").path(resource).asText("");
                assertThat(request).as("%s %s request in %s", service, resource, overlay).isNotBlank();
                assertThat(limit).as("%s %s limit in %s", service, resource, overlay).isNotBlank();
                assertThat(Quantities.parse(request)).as("%s %s request <= limit", service, resource)
                        .isPositive()
                        .isLessThanOrEqualTo(Quantities.parse(limit));
            }
            // A JVM with less than 256 MiB to live in spends its time collecting garbage.
            assertThat(Quantities.parse(resources.path("limits").path("memory").asText()))
                    .as("%s memory limit", service).isGreaterThanOrEqualTo(Quantities.parse("256Mi"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyObjectCarriesTheRecommendedLabelsAndSelectorsOnlyTheName(String overlay) {
        Manifests m = rendered.get(overlay);
        for (JsonNode object : m.objects) {
            Map<String, String> labels = labels(object.path("metadata").path("labels"));
            assertThat(labels).as("labels of %s", Manifests.describe(object))
                    .containsKeys(RECOMMENDED_LABELS.toArray(String[]::new));
            assertThat(labels).as("labels of %s", Manifests.describe(object)).containsEntry("app.kubernetes.io/part-of",
                    "hotspot");
        }
        for (Service service : Service.values()) {
            JsonNode deployment = m.deployment(service);
            Map<String, String> expected = Map.of("app.kubernetes.io/name", service.id, "app.kubernetes.io/part-of",
                    "hotspot",
                    "app.kubernetes.io/component", service.component, "app.kubernetes.io/version", Service.VERSION);
            assertThat(labels(deployment.path("metadata").path("labels"))).as("%s labels", service)
                    .containsAllEntriesOf(expected);
            assertThat(labels(deployment.path("spec").path("template").path("metadata").path("labels")))
                    .as("%s pod labels", service).containsAllEntriesOf(expected);
            // Selectors are immutable: a version label in one would break every upgrade.
            assertThat(labels(deployment.path("spec").path("selector").path("matchLabels")))
                    .as("%s selector", service).isEqualTo(Map.of("app.kubernetes.io/name", service.id));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyPodRunsNonRootWithAReadOnlyRootAndNoCapabilities(String overlay) {
        Manifests m = rendered.get(overlay);
        for (Service service : Service.values()) {
            JsonNode pod = m.deployment(service).path("spec").path("template").path("spec");
            JsonNode container = m.container(service);
            JsonNode sc = container.path("securityContext");
            boolean nonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false)
                    || sc.path("runAsNonRoot").asBoolean(false);
            assertThat(nonRoot).as("%s runAsNonRoot", service).isTrue();
            assertThat(sc.path("readOnlyRootFilesystem").asBoolean(false)).as("%s readOnlyRootFilesystem", service)
                    .isTrue();
            assertThat(sc.path("allowPrivilegeEscalation").asBoolean(true)).as("%s allowPrivilegeEscalation", service)
                    .isFalse();
            assertThat(texts(sc.path("capabilities").path("drop"))).as("%s dropped capabilities", service)
                    .contains("ALL");
            assertThat(texts(sc.path("capabilities").path("add"))).as("%s added capabilities", service).isEmpty();

            String tmpVolume = null;
            for (JsonNode mount : container.path("volumeMounts")) {
                if ("/tmp".equals(mount.path("mountPath").asText())) {
                    tmpVolume = mount.path("name").asText();
                }
            }
            assertThat(tmpVolume).as("%s mounts a writable /tmp", service).isNotNull();
            assertThat(volume(pod, tmpVolume, service).has("emptyDir")).as("%s /tmp is an emptyDir", service).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void radiusReachesRouterGatewayOverUdpWithTheRoutersSourceAddressKept(String overlay) {
        Manifests m = rendered.get(overlay);
        JsonNode radius = m.get("Service", "router-gateway-radius");
        assertThat(radius.path("spec").path("type").asText()).isEqualTo("LoadBalancer");
        assertThat(radius.path("spec").path("externalTrafficPolicy").asText()).isEqualTo("Local");
        assertThat(labels(radius.path("spec").path("selector")))
                .isEqualTo(Map.of("app.kubernetes.io/name", "router-gateway"));
        Map<String, Integer> udp = new TreeMap<>();
        for (JsonNode port : radius.path("spec").path("ports")) {
            assertThat(port.path("protocol").asText()).as("protocol of %s", port).isEqualTo("UDP");
            udp.put(port.path("name").asText(), port.path("port").asInt());
        }
        assertThat(udp)
                .isEqualTo(Map.of("radius-auth", Service.RADIUS_AUTH_PORT, "radius-acct", Service.RADIUS_ACCT_PORT));

        JsonNode gateway = m.container(Service.GATEWAY);
        for (JsonNode port : radius.path("spec").path("ports")) {
            JsonNode target = port.path("targetPort");
            int resolved = target.isNumber() ? target.asInt() : containerPort(gateway, target.asText());
            assertThat(resolved).as("target of %s", port.path("name").asText()).isEqualTo(port.path("port").asInt());
        }
        assertThat(protocolOf(gateway, "radius-auth")).isEqualTo("UDP");
        assertThat(protocolOf(gateway, "radius-acct")).isEqualTo("UDP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyServiceReadsTheSharedConfigAndItsOwnDatabase(String overlay) {
        Manifests m = rendered.get(overlay);
        List<JsonNode> configMaps = m.ofKind("ConfigMap").stream()
                .filter(c -> Manifests.name(c).startsWith("hotspot-config")).toList();
        assertThat(configMaps).as("hotspot-config ConfigMaps").hasSize(1);
        JsonNode config = configMaps.get(0);
        assertThat(labels(config.path("data"))).containsOnlyKeys("KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_REDIS_HOSTS",
                "HOTSPOT_AUTH_URL", "HOTSPOT_VOUCHER_SERVICE_URL", "QUARKUS_PROFILE")
                .containsEntry("QUARKUS_PROFILE", "prod")
                .containsEntry("HOTSPOT_AUTH_URL", "http://auth-service:8081")
                // router-gateway asks voucher-service for decisions, session-service for vouchers by code.
                .containsEntry("HOTSPOT_VOUCHER_SERVICE_URL", "http://voucher-service:8082");

        for (Service service : Service.values()) {
            JsonNode container = m.container(service);
            List<String> configRefs = new ArrayList<>();
            container.path("envFrom").forEach(e -> configRefs.add(e.path("configMapRef").path("name").asText()));
            assertThat(configRefs).as("%s envFrom", service).contains(Manifests.name(config));
            Map<String, String> env = env(container);
            if (service.database().isPresent()) {
                assertThat(env).as("%s env", service).containsEntry("QUARKUS_MONGODB_DATABASE",
                        service.database().get());
                assertThat(secretRefs(container)).as("%s secret env", service)
                        .contains("hotspot-secrets/QUARKUS_MONGODB_CONNECTION_STRING");
            } else {
                assertThat(env).as("%s env", service).doesNotContainKey("QUARKUS_MONGODB_DATABASE");
                // portal-web has no database; its secrets are the token it calls other services with, its Redis
                // password, its Kafka password and the keys sealing the dashboard's browser sessions.
                assertThat(secretRefs(container)).as("%s secret env", service)
                        .containsExactlyInAnyOrder("hotspot-secrets/HOTSPOT_SERVICE_TOKEN_PORTAL_WEB",
                                "hotspot-redis-users/portal-web", "hotspot-kafka-users/portal-web",
                                "hotspot-secrets/HOTSPOT_DASHBOARD_SESSION_KEYS");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void secretsAreReferencedButNeverRenderedWithValues(String overlay) {
        Manifests m = rendered.get(overlay);
        for (JsonNode secret : m.ofKind("Secret")) {
            for (String field : List.of("data", "stringData")) {
                secret.path(field).properties().forEach(e -> assertThat(e.getValue().asText())
                        .as("%s in Secret %s", e.getKey(), Manifests.name(secret)).isEmpty());
            }
        }
        // Rendering even empty placeholders would blank the real values on every apply -k.
        assertThat(m.ofKind("Secret")).as("Secrets rendered by %s", overlay).isEmpty();

        Map<String, Set<String>> declared = SecretSkeletons.declaredKeys();
        for (Service service : Service.values()) {
            for (String ref : secretRefs(m.container(service))) {
                String[] nameAndKey = ref.split("/", 2);
                assertThat(declared).as("%s reads %s", service, ref).containsKey(nameAndKey[0]);
                assertThat(declared.get(nameAndKey[0])).as("%s reads %s", service, ref).contains(nameAndKey[1]);
            }
        }
        // One service token per caller: each pod holds its own and those of the callers it admits, no other.
        // Every service, auth-service itself included, polls auth-service's /internal/revocations with its own.
        assertThat(tokenRefs(m, Service.AUTH)).containsOnly(
                "HOTSPOT_SERVICE_TOKEN=hotspot-secrets/HOTSPOT_SERVICE_TOKEN_AUTH_SERVICE",
                "HOTSPOT_SERVICE_TOKENS_AUTH_SERVICE=hotspot-secrets/HOTSPOT_SERVICE_TOKEN_AUTH_SERVICE",
                "HOTSPOT_SERVICE_TOKENS_ROUTER_GATEWAY=hotspot-secrets/HOTSPOT_SERVICE_TOKEN_ROUTER_GATEWAY",
                "HOTSPOT_SERVICE_TOKENS_VOUCHER_SERVICE=hotspot-secrets/HOTSPOT_SERVICE_TOKEN_VOUCHER_SERVICE",
                "HOTSPOT_SERVICE_TOKENS_SESSION_SERVICE=hotspot-secrets/HOTSPOT_SERVICE_TOKEN_SESSION_SERVICE",
                "HOTSPOT_SERVICE_TOKENS_PORTAL_WEB=hotspot-secrets/HOTSPOT_SERVICE_TOKEN_PORTAL_WEB");
        assertThat(tokenRefs(m, Service.VOUCHER)).containsOnly(
                "HOTSPOT_SERVICE_TOKEN=hotspot-secrets/HOTSPOT_SERVICE_TOKEN_VOUCHER_SERVICE",
                "HOTSPOT_SERVICE_TOKENS_ROUTER_GATEWAY=hotspot-secrets/HOTSPOT_SERVICE_TOKEN_ROUTER_GATEWAY",
                "HOTSPOT_SERVICE_TOKENS_PORTAL_WEB=hotspot-secrets/HOTSPOT_SERVICE_TOKEN_PORTAL_WEB");
        assertThat(tokenRefs(m, Service.GATEWAY)).containsOnly(
                "HOTSPOT_SERVICE_TOKEN=hotspot-secrets/HOTSPOT_SERVICE_TOKEN_ROUTER_GATEWAY",
                "HOTSPOT_SERVICE_TOKENS_PORTAL_WEB=hotspot-secrets/HOTSPOT_SERVICE_TOKEN_PORTAL_WEB");
        assertThat(tokenRefs(m, Service.PORTAL)).containsOnly(
                "HOTSPOT_SERVICE_TOKEN=hotspot-secrets/HOTSPOT_SERVICE_TOKEN_PORTAL_WEB");
        assertThat(tokenRefs(m, Service.SESSION)).containsOnly(
                "HOTSPOT_SERVICE_TOKEN=hotspot-secrets/HOTSPOT_SERVICE_TOKEN_SESSION_SERVICE");
        assertThat(secretRefs(m.container(Service.AUTH))).contains("hotspot-secrets/HOTSPOT_ADMIN_PASSWORD");
        assertThat(secretRefs(m.container(Service.VOUCHER))).contains("hotspot-secrets/HOTSPOT_VOUCHER_CODE_KEYS",
                "hotspot-secrets/HOTSPOT_VOUCHER_LOOKUP_KEY", "hotspot-secrets/HOTSPOT_VOUCHER_QR_KEY");
        assertThat(secretRefs(m.container(Service.GATEWAY))).contains("hotspot-secrets/HOTSPOT_VOUCHER_LOOKUP_KEY");
        assertThat(secretRefs(m.container(Service.GATEWAY))).contains("hotspot-secrets/HOTSPOT_GATEWAY_SECRET_KEYS");

        JsonNode auth = m.container(Service.AUTH);
        JsonNode keyMount = null;
        for (JsonNode mount : auth.path("volumeMounts")) {
            if ("/var/run/secrets/hotspot/jwt".equals(mount.path("mountPath").asText())) {
                keyMount = mount;
            }
        }
        assertThat(keyMount).as("auth-service mounts its signing key").isNotNull();
        assertThat(keyMount.path("readOnly").asBoolean(false)).as("signing key mount is read-only").isTrue();
        JsonNode authPod = m.deployment(Service.AUTH).path("spec").path("template").path("spec");
        JsonNode keyVolume = volume(authPod, keyMount.path("name").asText(), Service.AUTH);
        assertThat(keyVolume.path("secret").path("secretName").asText()).isEqualTo("hotspot-jwt-signing-key");
        assertThat(declared.get("hotspot-jwt-signing-key")).containsExactlyInAnyOrder("private.pem", "public.pem");
        assertThat(env(auth)).containsEntry("HOTSPOT_AUTH_KEY_DIR", "/var/run/secrets/hotspot/jwt");
        for (Service other : EnumSet.complementOf(EnumSet.of(Service.AUTH))) {
            assertThat(m.deployment(other).path("spec").path("template").path("spec").path("volumes").toString())
                    .as("%s volumes", other).doesNotContain("hotspot-jwt-signing-key");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyNamespacedObjectLandsInTheOverlaysNamespace(String overlay) {
        Manifests m = rendered.get(overlay);
        String namespace = NAMESPACES.get(overlay);
        assertThat(m.objects).isNotEmpty();
        for (JsonNode object : m.objects) {
            if ("Namespace".equals(object.path("kind").asText())) {
                assertThat(Manifests.name(object)).isEqualTo(namespace);
            } else {
                assertThat(object.path("metadata").path("namespace").asText())
                        .as("namespace of %s", Manifests.describe(object)).isEqualTo(namespace);
            }
        }
    }

    @Test
    void localRunsOneSmallReplicaOfEachService() {
        Manifests local = rendered.get("local");
        Manifests production = rendered.get("production");
        for (Service service : Service.values()) {
            assertThat(local.deployment(service).path("spec").path("replicas").asInt(1)).as("%s replicas", service)
                    .isEqualTo(1);
            for (String kind : List.of("requests", "limits")) {
                assertThat(
                        Quantities.parse(local.container(service).path("resources").path(kind).path("memory").asText()))
                        .as("%s local memory %s", service, kind)
                        .isLessThan(Quantities.parse(
                                production.container(service).path("resources").path(kind).path("memory").asText()));
            }
        }
    }

    /** The service-token settings of the service's container, as "ENV=secret/key". */
    private static List<String> tokenRefs(Manifests m, Service service) {
        List<String> refs = new ArrayList<>();
        for (JsonNode variable : m.container(service).path("env")) {
            String name = variable.path("name").asText();
            JsonNode ref = variable.path("valueFrom").path("secretKeyRef");
            if (name.startsWith("HOTSPOT_SERVICE_TOKEN") && !ref.isMissingNode()) {
                refs.add(name + "=" + ref.path("name").asText() + "/" + ref.path("key").asText());
            }
        }
        return refs;
    }

}
