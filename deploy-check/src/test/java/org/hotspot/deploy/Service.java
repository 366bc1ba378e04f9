package org.hotspot.deploy;

import java.util.List;
import java.util.Optional;

/**
 * The five services as the deployment descriptors must declare them: name, HTTP port
 * (docs/operations.md#ports), role (the component label), and own MongoDB database.
 */
enum Service {
    AUTH("auth-service", 8081, "backend", "hotspot-auth"),
    VOUCHER("voucher-service", 8082, "backend", "hotspot-voucher"),
    SESSION("session-service", 8083, "backend", "hotspot-session"),
    GATEWAY("router-gateway", 8084, "radius", "hotspot-gateway"),
    PORTAL("portal-web", 8080, "frontend", null);

    static final int RADIUS_AUTH_PORT = 1812;
    static final int RADIUS_ACCT_PORT = 1813;
    static final String VERSION = "0.1.0";

    final String id;
    final int httpPort;
    /** Health, metrics and OpenAPI: the Quarkus management interface, 90xx beside the 80xx HTTP port. */
    final int managementPort;
    final String component;
    private final String database;

    Service(String id, int httpPort, String component, String database) {
        this.id = id;
        this.httpPort = httpPort;
        this.managementPort = httpPort + 1000;
        this.component = component;
        this.database = database;
    }

    /** The MongoDB database the service owns; portal-web owns none. */
    Optional<String> database() {
        return Optional.ofNullable(database);
    }

    String image() {
        return "hotspot/" + id + ":" + VERSION;
    }

    static List<Service> backends() {
        return List.of(AUTH, VOUCHER, SESSION, GATEWAY);
    }

    @Override
    public String toString() {
        return id;
    }
}
