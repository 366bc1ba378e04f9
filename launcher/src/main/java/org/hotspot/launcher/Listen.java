package org.hotspot.launcher;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where routers and phones reach this machine: the address portal-web's HTTP and the RADIUS ports
 * bind to. Loopback by default, so a first {@code ./hotspot up} exposes nothing; {@code 0.0.0.0}
 * (every IPv4 address, {@code ::} every address) or one address of this machine for a LAN. Kafka,
 * Redis, MongoDB and the other services' HTTP stay on loopback whatever this says: routers and
 * phones need none of them, and portal-web proxies {@code /api/**}.
 *
 * @param address the bind address
 */
record Listen(InetAddress address) {

    static final String VARIABLE = "HOTSPOT_LISTEN";
    private static final String LOOPBACK = "127.0.0.1";
    /**
     * A literal, never a name: a name would mean a DNS lookup and possibly several addresses. Java
     * reads anything else, such as 300.1.1.1, as a name.
     */
    private static final Pattern LITERAL = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    static Listen from(Settings settings) {
        String value = settings.value(VARIABLE).orElse(LOOPBACK);
        InetAddress address = literal(value);
        if (!address.isAnyLocalAddress()) {
            requireOwn(value, address);
        }
        return new Listen(address);
    }

    private static InetAddress literal(String value) {
        if (LITERAL.matcher(value).matches()) {
            try {
                return InetAddress.getByName(value);
            } catch (UnknownHostException e) {
                // Falls through to the message below.
            }
        }
        throw LauncherException.badSetting(VARIABLE + " must be an IP address of this machine, or 0.0.0.0 for all of"
                + " them, not '" + value + "'");
    }

    /** Binding is the only sure test of "an address of this machine" (127.0.0.2 is one without an interface listing it). */
    private static void requireOwn(String value, InetAddress address) {
        try (ServerSocket probe = new ServerSocket(0, 1, address)) {
            probe.getLocalPort();
        } catch (IOException e) {
            throw LauncherException.badSetting(VARIABLE + "=" + value + " is not an address of this machine ("
                    + e.getMessage() + "); use one of its addresses, or 0.0.0.0 for all of them");
        }
    }

    boolean all() {
        return address.isAnyLocalAddress();
    }

    boolean loopbackOnly() {
        return address.isLoopbackAddress();
    }

    /** What portal-web and the RADIUS server bind to. */
    String bindHost() {
        return address.getHostAddress();
    }

    /** The URL host the launcher itself reaches portal-web at: loopback, unless it listens on one other address only. */
    String localUrlHost() {
        return all() ? LOOPBACK : urlHost(address);
    }

    /**
     * The addresses to tell routers and phones: each usable address of an interface that is up when
     * listening on all (loopback and link-local left out), else the one address.
     */
    List<InetAddress> reachableAt() {
        if (!all()) {
            return List.of(address);
        }
        boolean ipv4Only = address instanceof Inet4Address;
        List<InetAddress> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress candidate : Collections.list(nic.getInetAddresses())) {
                    if (!candidate.isLoopbackAddress() && !candidate.isLinkLocalAddress()
                            && (!ipv4Only || candidate instanceof Inet4Address)) {
                        found.add(candidate);
                    }
                }
            }
        } catch (SocketException e) {
            // No interface list: the summary says so, and the QR link falls back to loopback.
        }
        return found;
    }

    /** The host part of a URL: IPv6 in brackets, without a zone. */
    static String urlHost(InetAddress address) {
        String host = address.getHostAddress();
        int zone = host.indexOf('%');
        host = zone < 0 ? host : host.substring(0, zone);
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
