package org.hotspot.launcher;

import java.io.PrintStream;
import java.net.InetAddress;
import java.util.List;

/**
 * The part of {@code up}'s summary an installer types into routers and checks from a phone: the
 * RADIUS server's address and ports, the portal's address, and where QR codes on cards point.
 * Only printed: nothing is sent to these addresses.
 */
record RouterAddresses(Listen listen, PublicUrl publicUrl, int portalPort, int authPort, int acctPort) {

    void print(PrintStream out) {
        out.println();
        out.println(
                "For routers and phones (listening on " + (listen.all() ? "all addresses, " : "") + listen.bindHost()
                        + (listen.loopbackOnly() ? ", loopback: only this machine reaches it" : "") + "):");
        List<InetAddress> addresses = listen.reachableAt();
        if (addresses.isEmpty()) {
            out.println("  (no usable network address found on this machine's interfaces)");
        }
        for (InetAddress address : addresses) {
            out.printf("  %-18s udp://%s:%d (authentication), :%d (accounting)%n", "RADIUS server",
                    Listen.urlHost(address), authPort, acctPort);
            out.printf("  %-18s %s/%n", "portal", PublicUrl.url(address, portalPort));
        }
        out.printf("  %-18s %s  (%s)%n", "QR codes open", publicUrl.portal(), qrSource());
        if (listen.loopbackOnly()) {
            out.println("  To serve a LAN: ./hotspot up --listen 0.0.0.0, or --listen <an address of this machine>"
                    + " (HOTSPOT_LISTEN); see docs/operations.md, \"Serving a LAN\".");
        }
    }

    private String qrSource() {
        if (publicUrl.explicit()) {
            return "from " + PublicUrl.VARIABLE;
        }
        return (publicUrl.guessed() ? "one address picked among several; " : "")
                + PublicUrl.VARIABLE + "=http://<host>:<port> changes it";
    }
}
