package org.hotspot.launcher;

import java.util.List;

/**
 * One of the five services as the launcher runs it.
 *
 * @param name         its folder and application name
 * @param portVariable the environment variable overriding its HTTP port
 * @param defaultPort  its HTTP port by default, as docs/operations.md#ports documents it
 * @param database     its own MongoDB database, or null when it keeps nothing durable
 * @param forPhones    whether its HTTP listens where routers and phones reach it ({@link Listen});
 *                     the others stay on loopback
 */
record Service(String name, String portVariable, int defaultPort, String database, boolean forPhones) {

    static final List<Service> ALL = List.of(
            new Service("auth-service", "HOTSPOT_AUTH_PORT", 8081, "hotspot-auth", false),
            new Service("voucher-service", "HOTSPOT_VOUCHER_PORT", 8082, "hotspot-voucher", false),
            new Service("session-service", "HOTSPOT_SESSION_PORT", 8083, "hotspot-session", false),
            new Service("router-gateway", "HOTSPOT_GATEWAY_PORT", 8084, "hotspot-gateway", false),
            new Service("portal-web", "HOTSPOT_PORTAL_PORT", 8080, null, true));

    static Service named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    int port(Settings settings) {
        return settings.port(portVariable, defaultPort);
    }

    /** The environment variable overriding its management port: {@code HOTSPOT_AUTH_MANAGEMENT_PORT} and so on. */
    String managementPortVariable() {
        // HOTSPOT_PORTAL_PORT holds "_PORT" twice: only the suffix changes.
        return portVariable.substring(0, portVariable.length() - "_PORT".length()) + "_MANAGEMENT_PORT";
    }

    /**
     * Its management port (health, metrics, OpenAPI): 90xx beside its 80xx, always on loopback, so
     * {@code --listen} never opens it to routers and phones.
     */
    int managementPort(Settings settings) {
        return settings.port(managementPortVariable(), defaultPort + 1000);
    }

    /** Where the launcher reaches its management interface. */
    String managementUrl(Settings settings) {
        return "http://127.0.0.1:" + managementPort(settings);
    }

    /** The address its HTTP binds to. */
    String bindHost(Listen listen) {
        return forPhones ? listen.bindHost() : "127.0.0.1";
    }

    /** Where the launcher reaches it on this machine. */
    String url(Settings settings, Listen listen) {
        return "http://" + (forPhones ? listen.localUrlHost() : "127.0.0.1") + ":" + port(settings);
    }
}
