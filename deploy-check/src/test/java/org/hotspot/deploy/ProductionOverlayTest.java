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
            assertThat(deployment.path("spec").path("replicas").asInt(1)).as("%s replicas", service)
                    .isGreaterThanOrEqualTo(2);
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
            assertThat(target.path("kind").asText() + "/" + target.path("name").asText())
                    .isEqualTo("Deployment/" + service.id);
            assertThat(hpa.path("spec").path("minReplicas").asInt()).as("%s minReplicas", service)
                    .isGreaterThanOrEqualTo(2);
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
            assertThat(LabelSelectors.matches(selector, podLabels(service))).as("%s PDB selects its pods", service)
                    .isTrue();
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
        assertThat(policies.allows(Peer.outsideCluster(), portal, "TCP", 8081)).as("a port portal-web does not serve")
                .isFalse();
        assertThat(policies.allows(Peer.outsideCluster(), portal, "TCP", Service.PORTAL.managementPort))
                .as("portal-web's health, metrics and OpenAPI from the internet").isFalse();
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
            assertThat(
                    policies.allows(Peer.pod("other-team", podLabels(Service.PORTAL)), target, "TCP", backend.httpPort))
                    .as("a look-alike portal-web in another namespace -> %s", backend).isFalse();
            assertThat(
                    policies.allows(Peer.pod(NAMESPACE, Map.of("app", "debug-shell")), target, "TCP", backend.httpPort))
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
            assertThat(policies.allows(Peer.pod("monitoring", Map.of("app.kubernetes.io/name", "prometheus")), target,
                    "TCP",
                    service.managementPort)).as("monitoring -> %s management", service).isTrue();
            assertThat(
                    policies.allows(Peer.pod("monitoring-lookalike", Map.of()), target, "TCP", service.managementPort))
                    .as("another namespace -> %s management", service).isFalse();
            assertThat(policies.allows(Peer.pod(NAMESPACE, podLabels(Service.PORTAL)), target, "TCP",
                    service.managementPort))
                    .as("portal-web -> %s management", service).isFalse();
        }
    }

    @Test
    void eachDataStoreAdmitsOnlyTheServicesThatUseItAndNeverPortalWeb() {
        Map<String, Integer> stores = Map.of("mongodb", 27017, "kafka", 9092, "redis", 6379);
        List<Service> users = List.of(Service.AUTH, Service.VOUCHER, Service.SESSION, Service.GATEWAY);
        stores.forEach((store, port) -> {
            Pod target = new Pod(NAMESPACE, Map.of("hotspot.io/datastore", store), Map.of());
            for (Service service : Service.values()) {
                assertThat(policies.allows(Peer.pod(NAMESPACE, podLabels(service)), target, "TCP", port))
                        .as("%s -> %s", service, store).isEqualTo(users.contains(service));
            }
            assertThat(policies.allows(Peer.pod(NAMESPACE, Map.of("app", "debug-shell")), target, "TCP", port))
                    .as("an unrelated pod in the namespace -> %s", store).isFalse();
            assertThat(policies.allows(Peer.outsideCluster(), target, "TCP", port)).as("internet -> %s", store)
                    .isFalse();
            assertThat(policies.allows(Peer.pod(NAMESPACE, Map.of("hotspot.io/datastore", store)), target, "TCP", 9093))
                    .as("a member of %s -> another", store).isTrue();
            for (String other : stores.keySet()) {
                if (!other.equals(store)) {
                    assertThat(
                            policies.allows(Peer.pod(NAMESPACE, Map.of("hotspot.io/datastore", other)), target, "TCP",
                                    port))
                            .as("%s -> %s", other, store).isFalse();
                }
            }
        });
    }

    /** Wherever the data stores run, portal-web's own egress reaches only the backends' HTTP ports and DNS. */
    @Test
    void portalWebSendsOnlyToTheBackendsHttpAndDns() {
        List<JsonNode> egress = production.ofKind("NetworkPolicy").stream()
                .filter(p -> LabelSelectors.matches(p.path("spec").path("podSelector"), podLabels(Service.PORTAL)))
                .filter(p -> p.path("spec").path("policyTypes").toString().contains("Egress"))
                .toList();
        assertThat(egress).as("an egress policy selecting portal-web").isNotEmpty();
        for (JsonNode policy : egress) {
            for (JsonNode rule : policy.path("spec").path("egress")) {
                assertThat(rule.path("to").isEmpty()).as("an egress rule to anywhere: %s", rule).isFalse();
                for (JsonNode port : rule.path("ports")) {
                    assertThat(port.path("port").asText()).as("egress port in %s", rule).isIn("http", "53");
                }
                for (JsonNode to : rule.path("to")) {
                    boolean dns =
                            to.path("podSelector").path("matchLabels").path("k8s-app").asText().equals("kube-dns");
                    boolean backend = Service.backends().stream()
                            .anyMatch(b -> LabelSelectors.matches(to.path("podSelector"), podLabels(b)));
                    assertThat(dns || backend).as("egress peer %s", to).isTrue();
                    assertThat(LabelSelectors.matches(to.path("podSelector"), Map.of("hotspot.io/datastore", "redis")))
                            .as("egress peer %s selects a data store", to).isFalse();
                }
            }
        }
    }

    /** The public ingress leads to portal-web's HTTP port only: no backend, no management port, no /internal. */
    @Test
    void thePublicIngressReachesOnlyPortalWebsHttpPort() {
        List<JsonNode> ingresses = production.ofKind("Ingress");
        assertThat(ingresses).as("the production Ingress").isNotEmpty();
        for (JsonNode ingress : ingresses) {
            JsonNode fallback = ingress.path("spec").path("defaultBackend");
            assertThat(fallback.isMissingNode() || fallback.isEmpty()).as("a default backend").isTrue();
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode service = path.path("backend").path("service");
                    assertThat(service.path("name").asText()).as("backend of %s", path).isEqualTo(Service.PORTAL.id);
                    assertThat(service.path("port").path("name").asText(service.path("port").path("number").asText()))
                            .as("port of %s", path).isIn("http", String.valueOf(Service.PORTAL.httpPort));
                    assertThat(path.path("path").asText()).as("an explicit path to internal or management endpoints")
                            .doesNotStartWith("/internal").doesNotStartWith("/q/");
                }
            }
        }
        JsonNode portalService = production.get("Service", Service.PORTAL.id);
        for (JsonNode port : portalService.path("spec").path("ports")) {
            assertThat(port.path("targetPort").asText()).as("portal-web Service port").isEqualTo("http");
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
