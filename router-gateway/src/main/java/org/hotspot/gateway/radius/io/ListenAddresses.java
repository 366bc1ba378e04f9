package org.hotspot.gateway.radius.io;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The addresses a RADIUS port is bound to. A wildcard (0.0.0.0 for every IPv4 address, :: for every
 * address) becomes each address of each interface that is up, loopback included, as ntpd and
 * dnsmasq's bind-interfaces do: a UDP socket bound to the wildcard answers from the address the
 * kernel picks for the router, and a router drops a reply from an address it did not send to (a
 * machine with two addresses in one network, or an alias). Java cannot choose a reply's source
 * address (no IP_PKTINFO, as FreeRADIUS uses); a socket bound to one address answers from it. The
 * list is read once at start: an address added later is not served until the gateway restarts.
 */
final class ListenAddresses {

    private ListenAddresses() {
    }

    static List<InetAddress> of(String host) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        if (!address.isAnyLocalAddress()) {
            return List.of(address);
        }
        boolean ipv4Only = address instanceof Inet4Address;
        Set<InetAddress> found = new LinkedHashSet<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp()) {
                continue;
            }
            for (InetAddress candidate : Collections.list(nic.getInetAddresses())) {
                if (!ipv4Only || candidate instanceof Inet4Address) {
                    found.add(candidate);
                }
            }
        }
        if (found.isEmpty()) {
            throw new IOException("no interface that is up has an address for " + host);
        }
        return List.copyOf(found);
    }
}
