package org.hotspot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.deploy.K8sObjects.labels;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotspot.deploy.IngressPolicies.Peer;
import org.hotspot.deploy.IngressPolicies.Pod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What only the production overlay adds: replicas, autoscaling, disruption budgets, spreading,
 * and network policies, the last checked by asking who can reach whom.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionOverlayTest {

    private static final String NAMESPACE = "hotspot";

    private Manifests production;
    private IngressPolicies policies;

    @BeforeAll
    void render() {
        production = Manifests.render("production");
        policies = new IngressPolicies(production.ofKind("NetworkPolicy"));
    }

    @Test
    void everyServiceRunsAtLeastTwoReplicasSpreadAcrossNodes() {
        for (Service service : Service.values()) {
            JsonNode deployment = production.deployment(service);
            assertThat(deployment.path("spec").path("replicas").asInt(1)).as("%s replicas", service).isGreaterThanOrEqualTo(2);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            boolean spreadsOverNodes = false;
            for (JsonNode constraint : pod.path("topologySpreadConstraints")) {
                if ("kubernetes.io/hostname".equals(constraint.path("topologyKey").asText())
                        && LabelSelectors.matches(constraint.path("labelSelector"), podLabels(service))
                        && constraint.path("labelSelector").toString().contains(service.id)) {
                    spreadsOverNodes = true;
                }
            }
            boolean antiAffinity = !pod.path("affinity").path("podAntiAffinity").isMissingNode();
            assertThat(spreadsOverNodes || antiAffinity).as("%s spreads its replicas over nodes", service).isTrue();
        }
    }

    @Test
    void everyServiceScalesOnCpuAtSeventyPercent() {
        for (Service service : Service.values()) {
            JsonNode hpa = production.get("HorizontalPodAutoscaler", service.id);
            assertThat(hpa.path("apiVersion").asText()).isEqualTo("autoscaling/v2");
            JsonNode target = hpa.path("spec").path("scaleTargetRef");
            assertThat(target.path("kind").asText() + "/" + target.path("name").asText()).isEqualTo("Deployment/" + service.id);
            assertThat(hpa.path("spec").path("minReplicas").asInt()).as("%s minReplicas", service).isGreaterThanOrEqualTo(2);
            assertThat(hpa.path("spec").path("maxReplicas").asInt())
                    .isGreaterThan(hpa.path("spec").path("minReplicas").asInt());
            JsonNode metrics = hpa.path("spec").path("metrics");
            assertThat(metrics).as("%s HPA metrics", service).hasSize(1);
            JsonNode resource = metrics.get(0).path("resource");
            assertThat(resource.path("name").asText()).isEqualTo("cpu");
            assertThat(resource.path("target").path("type").asText()).isEqualTo("Utilization");
            assertThat(resource.path("target").path("averageUtilization").asInt()).isEqualTo(70);
        }
    }

    @Test
    void everyServiceKeepsOnePodThroughVoluntaryDisruptions() {
        for (Service service : Service.values()) {
            JsonNode pdb = production.get("PodDisruptionBudget", service.id);
            assertThat(pdb.path("apiVersion").asText()).isEqualTo("policy/v1");
            assertThat(pdb.path("spec").path("minAvailable").asInt()).as("%s minAvailable", service).isEqualTo(1);
            JsonNode selector = pdb.path("spec").path("selector");
            assertThat(LabelSelectors.matches(selector, podLabels(service))).as("%s PDB selects its pods", service).isTrue();
            for (Service other : Service.values()) {
                if (other != service) {
                    assertThat(LabelSelectors.matches(selector, podLabels(other)))
                            .as("%s PDB must not select %s", service, other).isFalse();
                }
            }
        }
    }

    @Test
    void ingressIsDeniedByDefault() {
        List<JsonNode> defaultDeny = production.ofKind("NetworkPolicy").stream()
                .filter(p -> p.path("spec").path("podSelector").isEmpty())
                .filter(p -> p.path("spec").path("ingress").isEmpty())
                .filter(p -> p.path("spec").path("policyTypes").toString().contains("Ingress"))
                .toList();
        assertThat(defaultDeny).as("a NetworkPolicy selecting every pod and allowing no ingress").isNotEmpty();

        Pod stranger = new Pod(NAMESPACE, Map.of("app", "something-else"), Map.of());
        assertThat(policies.allows(Peer.pod("elsewhere", Map.of()), stranger, "TCP", 8080))
                .as("a pod from another namespace reaching an unlabelled pod").isFalse();
    }

    @Test
    void customersAndOperatorsReachPortalWebFromAnywhere() {
        Pod portal = pod(Service.PORTAL);
        assertThat(policies.allows(Peer.outsideCluster(), portal, "TCP", 8080)).isTrue();
        assertThat(policies.allows(Peer.pod("ingress-nginx", Map.of()), portal, "TCP", 8080)).isTrue();
        assertThat(policies.allows(Peer.outsideCluster(), portal, "TCP", 8081)).as("a port portal-web does not serve").isFalse();
    }

    @Test
    void backendsAnswerHttpOnlyToHotspotPodsInTheNamespace() {
        for (Service backend : Service.backends()) {
            Pod target = pod(backend);
            for (Service caller : Service.values()) {
                assertThat(policies.allows(Peer.pod(NAMESPACE, podLabels(caller)), target, "TCP", backend.httpPort))
                        .as("%s -> %s:%d", caller, backend, backend.httpPort).isTrue();
            }
            assertThat(policies.allows(Peer.outsideCluster(), target, "TCP", backend.httpPort))
                    .as("internet -> %s", backend).isFalse();
            assertThat(policies.allows(Peer.pod("other-team", podLabels(Service.PORTAL)), target, "TCP", backend.httpPort))
                    .as("a look-alike portal-web in another namespace -> %s", backend).isFalse();
            assertThat(policies.allows(Peer.pod(NAMESPACE, Map.of("app", "debug-shell")), target, "TCP", backend.httpPort))
                    .as("an unrelated pod in the namespace -> %s", backend).isFalse();
        }
    }

    @Test
    void routersReachRadiusFromAnywhereButNotTheGatewaysHttp() {
        Pod gateway = pod(Service.GATEWAY);
        assertThat(policies.allows(Peer.outsideCluster(), gateway, "UDP", Service.RADIUS_AUTH_PORT)).isTrue();
        assertThat(policies.allows(Peer.outsideCluster(), gateway, "UDP", Service.RADIUS_ACCT_PORT)).isTrue();
        assertThat(policies.allows(Peer.outsideCluster(), gateway, "TCP", Service.GATEWAY.httpPort)).isFalse();
        assertThat(policies.allows(Peer.outsideCluster(), gateway, "UDP", 3799)).as("CoA is outgoing only").isFalse();
    }

    @Test
    void prometheusScrapesEveryServiceFromTheMonitoringNamespace() {
        for (Service service : Service.values()) {
            Pod target = pod(service);
            assertThat(policies.allows(Peer.pod("monitoring", Map.of("app.kubernetes.io/name", "prometheus")), target, "TCP",
                    service.httpPort)).as("monitoring -> %s", service).isTrue();
            if (service != Service.PORTAL) {
                assertThat(policies.allows(Peer.pod("monitoring-lookalike", Map.of()), target, "TCP", service.httpPort))
                        .as("another namespace -> %s", service).isFalse();
            }
        }
    }

    @Test
    void everyPolicyAndBudgetCarriesTheRecommendedLabels() {
        for (String kind : List.of("HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy")) {
            for (JsonNode object : production.ofKind(kind)) {
                assertThat(labels(object.path("metadata").path("labels")))
                        .as("labels of %s", Manifests.describe(object))
                        .containsKeys(KustomizeOverlaysTest.RECOMMENDED_LABELS.toArray(String[]::new));
            }
        }
        assertThat(Set.of("HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy"))
                .allSatisfy(kind -> assertThat(production.ofKind(kind)).as(kind).isNotEmpty());
    }

    private Pod pod(Service service) {
        return IngressPolicies.podOf(production.deployment(service));
    }

    /** Behind the ingress every login comes from a proxy: auth-service must know which proxies to believe. */
    @Test
    void authServiceTrustsOnlyTheNamedProxyNetworkForClientAddresses() {
        Map<String, String> env = K8sObjects.env(production.container(Service.AUTH));
        assertThat(env).containsKey("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES");
        List<String> proxies = List.of(env.get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").split(","));
        assertThat(proxies).isNotEmpty().allSatisfy(entry -> {
            // CIDRs only: Quarkus resolves any other entry as a host name on every request.
            assertThat(entry.trim()).matches("[0-9.]+/\\d+|[0-9a-fA-F:]+/\\d+");
            assertThat(entry.trim()).as("trusting everyone lets every client pick its address")
                    .isNotIn("0.0.0.0/0", "::/0");
            assertThat(entry.trim()).as("the pod network, not only the loopback of the defaults")
                    .doesNotStartWith("127.").isNotEqualTo("::1/128");
        });
        assertThat(K8sObjects.secretRefs(production.container(Service.AUTH)))
                .contains("hotspot-secrets/HOTSPOT_AUTH_DEVICE_KEY");
    }

    private Map<String, String> podLabels(Service service) {
        return labels(production.deployment(service).path("spec").path("template").path("metadata").path("labels"));
    }
}
