package org.hotspot.common.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/** The address a request came from, for throttling and the audit log. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * The remote host. Behind portal-web or an ingress, Quarkus replaces it with the forwarded
     * address only when {@code quarkus.http.proxy.proxy-address-forwarding} trusts that proxy.
     */
    public static String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }
}
