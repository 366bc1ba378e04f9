package org.hotspot.launcher;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotspot.infra.Ports;

/** Refuses to start anything while a port the suite needs is taken: one line naming the port and its variable. */
final class FreePorts {

    private FreePorts() {
    }

    static void require(Settings settings, Listen listen) {
        Map<String, Integer> loopback = new LinkedHashMap<>();
        for (Service service : Service.ALL) {
            loopback.put(service.portVariable(), service.port(settings));
            loopback.put(service.managementPortVariable(), service.managementPort(settings));
        }
        if (settings.value("HOTSPOT_KAFKA_BOOTSTRAP_SERVERS").isEmpty()) {
            loopback.put("HOTSPOT_KAFKA_PORT", settings.port("HOTSPOT_KAFKA_PORT"));
            loopback.put("HOTSPOT_KAFKA_CONTROLLER_PORT", settings.port("HOTSPOT_KAFKA_CONTROLLER_PORT"));
        }
        if (settings.value("HOTSPOT_REDIS_URI").isEmpty()) {
            loopback.put("HOTSPOT_REDIS_PORT", settings.port("HOTSPOT_REDIS_PORT"));
        }
        if (settings.value("HOTSPOT_MONGODB_URI").isEmpty()) {
            loopback.put("HOTSPOT_MONGODB_PORT", settings.port("HOTSPOT_MONGODB_PORT"));
        }
        loopback.forEach((variable, port) -> {
            if (Ports.listening(port)) {
                throw inUse("tcp", port, "127.0.0.1", variable);
            }
        });
        // Routers and phones reach these on the listen address, where a holder may not answer on loopback.
        Service portal = Service.named("portal-web");
        if (!tcpBindable(listen.bindHost(), portal.port(settings))) {
            throw inUse("tcp", portal.port(settings), listen.bindHost(), portal.portVariable());
        }
        for (String variable : List.of("HOTSPOT_RADIUS_AUTH_PORT", "HOTSPOT_RADIUS_ACCT_PORT")) {
            if (!udpBindable(listen.bindHost(), settings.port(variable))) {
                throw inUse("udp", settings.port(variable), listen.bindHost(), variable);
            }
        }
    }

    private static LauncherException inUse(String protocol, int port, String host, String variable) {
        return LauncherException.badSetting(protocol + " port " + port + " is already in use on " + host
                + "; free it or choose another with " + variable + "=<port>");
    }

    /** SO_REUSEADDR as Vert.x sets it: a connection of a previous run waiting out TIME_WAIT is no holder. */
    private static boolean tcpBindable(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean udpBindable(String host, int port) {
        try (DatagramSocket probe = new DatagramSocket(null)) {
            probe.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
