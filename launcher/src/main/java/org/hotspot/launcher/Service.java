package org.hotspot.launcher;

import java.util.List;

/**
 * One of the five services as the launcher runs it.
 *
 * @param name         its folder and application name
 * @param portVariable the environment variable overriding its HTTP port
 * @param defaultPort  its HTTP port by default (SPEC §7)
 * @param database     its own MongoDB database, or null when it keeps nothing durable
 */
record Service(String name, String portVariable, int defaultPort, String database) {

    static final List<Service> ALL = List.of(
            new Service("auth-service", "HOTSPOT_AUTH_PORT", 8081, "hotspot-auth"),
            new Service("voucher-service", "HOTSPOT_VOUCHER_PORT", 8082, "hotspot-voucher"),
            new Service("session-service", "HOTSPOT_SESSION_PORT", 8083, "hotspot-session"),
            new Service("router-gateway", "HOTSPOT_GATEWAY_PORT", 8084, "hotspot-gateway"),
            new Service("portal-web", "HOTSPOT_PORTAL_PORT", 8080, null));

    int port(Settings settings) {
        return settings.port(portVariable, defaultPort);
    }

    String url(Settings settings) {
        return "http://127.0.0.1:" + port(settings);
    }
}
