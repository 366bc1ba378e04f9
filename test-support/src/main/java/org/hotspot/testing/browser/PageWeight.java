package org.hotspot.testing.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a page and everything it loaded weigh, as the browser's Resource Timing reports them.
 *
 * @param encodedBytes bytes of body as transferred, compressed where the server compressed
 * @param decodedBytes bytes of body after decompression
 * @param resources    each URL loaded (the page first) with its encoded size
 */
public record PageWeight(long encodedBytes, long decodedBytes, Map<String, Long> resources) {

    static PageWeight of(List<Map<String, Object>> entries) {
        long encoded = 0;
        long decoded = 0;
        for (Map<String, Object> entry : entries) {
            encoded += number(entry.get("encoded"));
            decoded += number(entry.get("decoded"));
        }
        Map<String, Long> resources = entries.stream().collect(Collectors.toMap(entry -> (String) entry.get("name"),
                entry -> number(entry.get("encoded")), Long::sum, LinkedHashMap::new));
        return new PageWeight(encoded, decoded, resources);
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }

    @Override
    public String toString() {
        return encodedBytes + " bytes compressed (" + decodedBytes + " decompressed): " + resources;
    }
}
