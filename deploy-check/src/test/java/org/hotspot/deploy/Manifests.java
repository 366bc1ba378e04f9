package org.hotspot.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/** The objects one overlay renders, looked up by kind and name. */
final class Manifests {

    final String overlay;
    final List<JsonNode> objects;

    private Manifests(String overlay, List<JsonNode> objects) {
        this.overlay = overlay;
        this.objects = List.copyOf(objects);
    }

    static Manifests render(String overlay) {
        String yaml = Kubectl.kustomize(RepoRoot.get().resolve("k8s").resolve("overlays").resolve(overlay));
        return new Manifests(overlay, Yamls.parseAll(yaml));
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).collect(Collectors.toList());
    }

    JsonNode get(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> name.equals(name(o)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + " named " + name
                        + "; it has " + kind + "s " + ofKind(kind).stream().map(Manifests::name).toList()));
    }

    JsonNode deployment(Service service) {
        return get("Deployment", service.id);
    }

    /** The one container of a service's pods (each Deployment here runs exactly one). */
    JsonNode container(Service service) {
        JsonNode containers = deployment(service).path("spec").path("template").path("spec").path("containers");
        if (containers.size() != 1) {
            throw new AssertionError(
                    service + " in " + overlay + " has " + containers.size() + " containers, expected 1");
        }
        return containers.get(0);
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText() + "/" + name(object);
    }
}
