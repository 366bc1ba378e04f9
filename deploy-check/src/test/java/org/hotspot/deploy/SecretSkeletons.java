package org.hotspot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Secret skeletons under {@code k8s/secrets/}: key names with empty values, the reference for
 * what must be created out of band. Reading them fails if any value is filled in.
 */
final class SecretSkeletons {

    private SecretSkeletons() {
    }

    /** Secret name to its declared keys, after checking every declared value is empty. */
    static Map<String, Set<String>> declaredKeys() {
        Path dir = RepoRoot.get().resolve("k8s").resolve("secrets");
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        assertThat(files).as("Secret skeletons in %s", dir).isNotEmpty();
        Map<String, Set<String>> result = new TreeMap<>();
        for (Path file : files) {
            JsonNode secret = Yamls.parseFile(file);
            assertThat(secret.path("kind").asText()).as("kind in %s", file).isEqualTo("Secret");
            Set<String> keys = new TreeSet<>();
            for (String field : List.of("data", "stringData")) {
                secret.path(field).properties().forEach(e -> {
                    assertThat(e.getValue().isNull() || e.getValue().asText().isEmpty())
                            .as("%s in %s must stay empty: real values are created out of band", e.getKey(), file)
                            .isTrue();
                    keys.add(e.getKey());
                });
            }
            result.put(Manifests.name(secret), keys);
        }
        return result;
    }
}
