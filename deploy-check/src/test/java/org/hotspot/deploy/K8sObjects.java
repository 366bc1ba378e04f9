package org.hotspot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reading fields of rendered Kubernetes objects; a missing piece fails the calling test. */
final class K8sObjects {

    private K8sObjects() {
    }

    static Map<String, String> labels(JsonNode map) {
        Map<String, String> result = new TreeMap<>();
        map.properties().forEach(e -> result.put(e.getKey(), e.getValue().asText()));
        return result;
    }

    static Map<String, String> env(JsonNode container) {
        Map<String, String> result = new TreeMap<>();
        for (JsonNode var : container.path("env")) {
            if (var.has("value")) {
                result.put(var.path("name").asText(), var.path("value").asText());
            }
        }
        return result;
    }

    /** "secret/key" for every env var read from a Secret, directly or through envFrom. */
    static List<String> secretRefs(JsonNode container) {
        List<String> refs = new ArrayList<>();
        for (JsonNode var : container.path("env")) {
            JsonNode ref = var.path("valueFrom").path("secretKeyRef");
            if (!ref.isMissingNode()) {
                refs.add(ref.path("name").asText() + "/" + ref.path("key").asText());
            }
        }
        for (JsonNode from : container.path("envFrom")) {
            if (from.has("secretRef")) {
                refs.add(from.path("secretRef").path("name").asText() + "/*");
            }
        }
        return refs;
    }

    static int containerPort(JsonNode container, String name) {
        for (JsonNode port : container.path("ports")) {
            if (name.equals(port.path("name").asText())) {
                return port.path("containerPort").asInt();
            }
        }
        return fail("container %s declares no port named %s", container.path("name").asText(), name);
    }

    static String protocolOf(JsonNode container, String name) {
        for (JsonNode port : container.path("ports")) {
            if (name.equals(port.path("name").asText())) {
                return port.path("protocol").asText("TCP");
            }
        }
        return fail("container %s declares no port named %s", container.path("name").asText(), name);
    }

    static JsonNode portNamed(JsonNode service, String name) {
        for (JsonNode port : service.path("spec").path("ports")) {
            if (name.equals(port.path("name").asText())) {
                return port;
            }
        }
        return fail("Service %s has no port named %s", Manifests.name(service), name);
    }

    static String probePath(JsonNode container, String probe, Service service) {
        JsonNode get = container.path(probe).path("httpGet");
        assertThat(get.isMissingNode()).as("%s has an HTTP %s", service, probe).isFalse();
        JsonNode port = get.path("port");
        int resolved = port.isNumber() ? port.asInt() : containerPort(container, port.asText());
        assertThat(resolved).as("%s %s on the management port", service, probe).isEqualTo(service.managementPort);
        return get.path("path").asText();
    }

    static JsonNode volume(JsonNode podSpec, String name, Service service) {
        for (JsonNode volume : podSpec.path("volumes")) {
            if (name.equals(volume.path("name").asText())) {
                return volume;
            }
        }
        return fail("%s mounts volume %s but does not declare it", service, name);
    }

    static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}
