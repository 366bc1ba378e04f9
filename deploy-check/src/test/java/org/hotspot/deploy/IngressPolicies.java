package org.hotspot.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers "would these NetworkPolicies let this peer reach this pod on this port?" the way the
 * NetworkPolicy API defines it, so the tests check reachability rather than the YAML's shape.
 * ipBlock peers are modelled only as "the whole internet" (0.0.0.0/0 or ::/0).
 */
final class IngressPolicies {

    /** A pod: its namespace, labels, and named container ports (name to protocol/number). */
    record Pod(String namespace, Map<String, String> labels, Map<String, NamedPort> ports) {
    }

    record NamedPort(String protocol, int number) {
    }

    /** Where traffic comes from: a pod in some namespace, or an address outside the cluster. */
    record Peer(String namespace, Map<String, String> namespaceLabels, Map<String, String> podLabels) {

        static Peer outsideCluster() {
            return new Peer(null, Map.of(), Map.of());
        }

        static Peer pod(String namespace, Map<String, String> podLabels) {
            return new Peer(namespace, Map.of("kubernetes.io/metadata.name", namespace), podLabels);
        }

        boolean isExternal() {
            return namespace == null;
        }
    }

    private final List<JsonNode> policies;

    IngressPolicies(List<JsonNode> networkPolicies) {
        this.policies = List.copyOf(networkPolicies);
    }

    static Pod podOf(JsonNode deployment) {
        String namespace = deployment.path("metadata").path("namespace").asText();
        Map<String, String> labels = new HashMap<>();
        deployment.path("spec").path("template").path("metadata").path("labels").properties()
                .forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        Map<String, NamedPort> ports = new HashMap<>();
        for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode port : container.path("ports")) {
                if (port.hasNonNull("name")) {
                    ports.put(port.get("name").asText(),
                            new NamedPort(port.path("protocol").asText("TCP"), port.path("containerPort").asInt()));
                }
            }
        }
        return new Pod(namespace, labels, ports);
    }

    boolean allows(Peer from, Pod to, String protocol, int port) {
        List<JsonNode> selecting = policies.stream()
                .filter(p -> p.path("metadata").path("namespace").asText().equals(to.namespace()))
                .filter(p -> LabelSelectors.matches(p.path("spec").path("podSelector"), to.labels()))
                .filter(IngressPolicies::governsIngress)
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        for (JsonNode policy : selecting) {
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                if (peerMatches(rule.path("from"), from, to.namespace())
                        && portMatches(rule.path("ports"), to, protocol, port)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean governsIngress(JsonNode policy) {
        JsonNode types = policy.path("spec").path("policyTypes");
        if (types.isMissingNode() || types.isEmpty()) {
            return true;
        }
        for (JsonNode type : types) {
            if ("Ingress".equals(type.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean peerMatches(JsonNode fromList, Peer peer, String policyNamespace) {
        if (fromList.isMissingNode() || fromList.isEmpty()) {
            return true;
        }
        for (JsonNode entry : fromList) {
            if (entry.has("ipBlock")) {
                String cidr = entry.path("ipBlock").path("cidr").asText();
                boolean everywhere = cidr.equals("0.0.0.0/0") || cidr.equals("::/0");
                if (peer.isExternal() && everywhere && entry.path("ipBlock").path("except").isEmpty()) {
                    return true;
                }
                continue;
            }
            if (peer.isExternal()) {
                continue;
            }
            boolean hasPods = entry.has("podSelector");
            boolean hasNamespaces = entry.has("namespaceSelector");
            boolean namespaceOk = hasNamespaces
                    ? LabelSelectors.matches(entry.get("namespaceSelector"), peer.namespaceLabels())
                    : peer.namespace().equals(policyNamespace);
            boolean podOk = !hasPods || LabelSelectors.matches(entry.get("podSelector"), peer.podLabels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean portMatches(JsonNode ports, Pod to, String protocol, int port) {
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode entry : ports) {
            if (!entry.path("protocol").asText("TCP").equals(protocol)) {
                continue;
            }
            JsonNode value = entry.path("port");
            if (value.isMissingNode()) {
                return true;
            }
            if (value.isNumber()) {
                int low = value.asInt();
                int high = entry.path("endPort").asInt(low);
                if (port >= low && port <= high) {
                    return true;
                }
            } else {
                NamedPort named = to.ports().get(value.asText());
                if (named != null && named.protocol().equals(protocol) && named.number() == port) {
                    return true;
                }
            }
        }
        return false;
    }
}
