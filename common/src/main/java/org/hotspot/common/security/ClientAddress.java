package org.hotspot.common.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hotspot.common.net.IpAddress;
import org.hotspot.common.net.IpRange;

/** The address a request came from, for throttling and the audit log. */
public final class ClientAddress {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    /** The parsed trusted proxies, kept with the text they came from: config is read once per value. */
    private static volatile Trusted trusted = new Trusted("", List.of());

    private ClientAddress() {
    }

    /**
     * The client: the connection's peer, unless that peer is a trusted proxy
     * ({@code quarkus.http.proxy.trusted-proxies}); then the last address of X-Forwarded-For that
     * no trusted proxy added, read from the right. Each proxy appends the address it was called
     * from, so the entries on the left are whatever the client wrote: taking the first one (as
     * Quarkus does) would let anyone pick a new address per request and dodge every per-address
     * limit. Only CIDRs and plain addresses count as trusted here, never names (no DNS per request).
     */
    public static String of(HttpServerRequest request) {
        String candidate = peer(request);
        if (candidate == null) {
            return "unknown";
        }
        List<IpRange> proxies = trustedProxies();
        if (!forwardingEnabled() || !trusts(proxies, candidate)) {
            return candidate;
        }
        List<String> hops = forwardedFor(request);
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = IpAddress.normalize(hops.get(i));
            if (hop == null) {
                // Not an address: no proxy of ours wrote it; the last trusted hop is all we know.
                return candidate;
            }
            candidate = hop;
            if (!trusts(proxies, hop)) {
                return hop;
            }
        }
        return candidate;
    }

    /** The socket's peer; {@code request.remoteAddress()} is already Quarkus' reading of the headers. */
    private static String peer(HttpServerRequest request) {
        SocketAddress remote = request.connection() != null ? request.connection().remoteAddress() : null;
        if (remote == null) {
            remote = request.remoteAddress();
        }
        if (remote == null || remote.hostAddress() == null) {
            return null;
        }
        String normalized = IpAddress.normalize(remote.hostAddress());
        return normalized != null ? normalized : remote.hostAddress();
    }

    private static List<String> forwardedFor(HttpServerRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : request.headers().getAll(FORWARDED_FOR)) {
            for (String hop : header.split(",")) {
                hops.add(hop.trim());
            }
        }
        return hops;
    }

    private static boolean trusts(List<IpRange> proxies, String address) {
        return proxies.stream().anyMatch(range -> range.contains(address));
    }

    private static boolean forwardingEnabled() {
        var config = ConfigProvider.getConfig();
        return config.getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class).orElse(false)
                && config.getOptionalValue("quarkus.http.proxy.allow-x-forwarded", Boolean.class).orElse(false);
    }

    private static List<IpRange> trustedProxies() {
        String text = ConfigProvider.getConfig().getOptionalValue("quarkus.http.proxy.trusted-proxies", String.class)
                .orElse("");
        Trusted current = trusted;
        if (!current.text().equals(text)) {
            current = new Trusted(text, IpRange.parseAll(text));
            trusted = current;
        }
        return current.ranges();
    }

    private record Trusted(String text, List<IpRange> ranges) {
    }
}
