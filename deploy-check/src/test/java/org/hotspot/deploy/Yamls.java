package org.hotspot.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Multi-document YAML to Jackson trees; empty documents (a stray {@code ---}) are dropped. */
final class Yamls {

    private static final ObjectMapper MAPPER = new YAMLMapper(new YAMLFactory());

    private Yamls() {
    }

    static List<JsonNode> parseAll(String yaml) {
        try (var documents = MAPPER.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            List<JsonNode> result = new ArrayList<>();
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                if (document != null && !document.isNull() && !document.isMissingNode() && !document.isEmpty()) {
                    result.add(document);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Unparseable YAML", e);
        }
    }

    static JsonNode parseFile(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Unparseable YAML in " + file, e);
        }
    }
}
