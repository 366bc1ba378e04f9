package org.hotspot.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Kubernetes label-selector matching: matchLabels and the four matchExpressions operators. */
final class LabelSelectors {

    private LabelSelectors() {
    }

    /** An empty selector matches everything, as it does in a NetworkPolicy's podSelector. */
    static boolean matches(JsonNode selector, Map<String, String> labels) {
        for (var entry : selector.path("matchLabels").properties()) {
            if (!entry.getValue().asText().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            if (!matchesExpression(expression, labels)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesExpression(JsonNode expression, Map<String, String> labels) {
        String key = expression.path("key").asText();
        Set<String> values = new HashSet<>();
        expression.path("values").forEach(v -> values.add(v.asText()));
        String operator = expression.path("operator").asText();
        switch (operator) {
            case "In":
                return labels.containsKey(key) && values.contains(labels.get(key));
            case "NotIn":
                return !labels.containsKey(key) || !values.contains(labels.get(key));
            case "Exists":
                return labels.containsKey(key);
            case "DoesNotExist":
                return !labels.containsKey(key);
            default:
                throw new AssertionError("Unknown selector operator " + operator + " in " + expression);
        }
    }
}
