package org.hotspot.portal.dashboard.session;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/** The browser's address, for auth-service's throttling and audit ({@code X-Forwarded-For} on calls made for it). */
public final class Forwarded {

    private Forwarded() {
    }

    /**
     * The address the request came from, as Quarkus resolved it: behind a trusted proxy (an
     * ingress), the address that proxy named.
     */
    public static String browser(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        return address == null ? null : address.hostAddress();
    }
}
