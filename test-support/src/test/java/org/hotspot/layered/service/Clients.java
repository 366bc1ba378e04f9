package org.hotspot.layered.service;

import org.hotspot.layered.rest.View;

/** A use case that imports rest: what restIsImportedByNobody refuses. */
public final class Clients {

    public byte[] secret() {
        return new byte[0];
    }

    public View view() {
        return new View("client");
    }
}
