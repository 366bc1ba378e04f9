package org.hotspot.gateway.radius.io;

import io.vertx.core.Future;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The addresses a RADIUS port is bound to: the configured one, or, when each address is asked for, a
 * wildcard (0.0.0.0 for every IPv4 address, :: for every address) becomes each address of each
 * interface that is up, loopback included, as ntpd and dnsmasq's bind-interfaces do. A UDP socket
 * bound to the wildcard answers from the address the kernel picks for the router, and a router drops
 * a reply from an address it did not send to (a machine with two addresses in one network, or an
 * alias). Java cannot choose a reply's source address (no IP_PKTINFO, as FreeRADIUS uses); a socket
 * bound to one address answers from it. The list is read once at start: an address added later is
 * not served until the gateway restarts.
 */
public final class ListenAddresses {

    private static final Logger LOG = Logger.getLogger(ListenAddresses.class);

    private final List<InetAddress> addresses;
    /** Listed from the interfaces rather than configured: one that takes no socket yet is skipped. */
    private final boolean listed;

    ListenAddresses(List<InetAddress> addresses, boolean listed) {
        this.addresses = List.copyOf(addresses);
        this.listed = listed;
    }

    /** {@code host}, or with {@code eachAddress} a wildcard {@code host} as each address of the machine. */
    public static ListenAddresses of(String host, boolean eachAddress) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        if (!eachAddress || !address.isAnyLocalAddress()) {
            return new ListenAddresses(List.of(address), false);
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
        return new ListenAddresses(List.copyOf(found), true);
    }

    /**
     * Binds each address in turn with {@code bindOne}; completes with those bound. A listed address
     * that takes no socket at all (a tentative IPv6 address still in duplicate address detection, or
     * one removed since it was listed) is logged and skipped; any other failure, such as a port
     * another process holds, fails the whole, and the caller closes what was bound.
     */
    Future<List<InetAddress>> bindEach(String server, Function<InetAddress, Future<Void>> bindOne) {
        List<InetAddress> bound = new ArrayList<>();
        Future<Void> all = Future.succeededFuture();
        for (InetAddress address : addresses) {
            all = all.compose(previous -> bindOne.apply(address)
                    .onSuccess(done -> bound.add(address))
                    .recover(failure -> skipped(server, address, failure)));
        }
        return all.compose(done -> bound.isEmpty()
                ? Future.failedFuture(
                        new IOException("RADIUS " + server + ": none of " + addresses + " could be bound"))
                : Future.succeededFuture(List.copyOf(bound)));
    }

    private Future<Void> skipped(String server, InetAddress address, Throwable failure) {
        if (!listed || !unassignable(address)) {
            return Future.failedFuture(failure);
        }
        LOG.warnf("RADIUS %s: %s takes no socket yet (tentative IPv6, or gone), not served until a restart: %s",
                server, address.getHostAddress(), failure.getMessage());
        return Future.succeededFuture();
    }

    /**
     * SO_REUSEPORT would let a server's sockets join another process's on the same port (a gateway left
     * running, of the same user), silently splitting the routers' traffic between the two. A plain
     * bind first fails, as it should, when anything holds the port.
     */
    static void ensureFree(String server, InetAddress address, int port) throws IOException {
        try (DatagramChannel probe = DatagramChannel.open()) {
            probe.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new IOException("RADIUS " + server + ": udp " + address.getHostAddress() + ":" + port + " is in use: "
                    + e.getMessage(), e);
        }
    }

    /**
     * EADDRNOTAVAIL, told without reading the error's text (the system's language): such an address
     * takes no socket on any port, where a port held by another process leaves the others free.
     */
    private static boolean unassignable(InetAddress address) {
        try (DatagramChannel probe = DatagramChannel.open()) {
            probe.bind(new InetSocketAddress(address, 0));
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
