package org.hotspot.layered.radius.codec;

import java.nio.charset.StandardCharsets;
import org.hotspot.layered.Domain;

/** A codec class that knows its service's domain: what codecsImportNothingOfTheirService refuses. */
public record Frame(byte[] bytes) {

    public Domain domain() {
        return new Domain(new String(bytes, StandardCharsets.UTF_8));
    }
}
