package org.hotspot.layered.radius.io;

import org.hotspot.layered.radius.codec.Frame;
import org.hotspot.layered.service.Clients;

/** An io class that imports its codec, as it may, and service, which ioImportsOnlyItsCodec refuses. */
public final class Socket {

    public Frame read(Clients clients) {
        return new Frame(clients.secret());
    }
}
