package org.hotspot.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the launcher keeps its files and which ports it uses, from the environment with the
 * defaults operators' scripts rely on (docs/operations.md#ports).
 *
 * @param repo     the checkout holding the built services
 * @param home     {@code .hotspot/}: data, logs, keys and the run lock, kept between runs
 * @param env      the environment the values came from
 */
record Settings(Path repo, Path home, Map<String, String> env) {

    static Settings fromEnvironment(Map<String, String> env) {
        Path repo = Path.of(env.getOrDefault("HOTSPOT_REPO", ".")).toAbsolutePath().normalize();
        Path home = Path.of(env.getOrDefault("HOTSPOT_HOME", repo.resolve(".hotspot").toString()))
                .toAbsolutePath().normalize();
        return new Settings(repo, home, env);
    }

    /** The ports besides the services' HTTP ones, by the variable overriding each, with their documented defaults. */
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of(
            "HOTSPOT_RADIUS_AUTH_PORT", 1812,
            "HOTSPOT_RADIUS_ACCT_PORT", 1813,
            "HOTSPOT_KAFKA_PORT", 9092,
            "HOTSPOT_KAFKA_CONTROLLER_PORT", 9093,
            "HOTSPOT_REDIS_PORT", 6379,
            "HOTSPOT_MONGODB_PORT", 27017);

    /** One of {@link #DEFAULT_PORTS}: the variable's value, else its default. */
    int port(String variable) {
        Integer defaultPort = DEFAULT_PORTS.get(variable);
        if (defaultPort == null) {
            throw new IllegalArgumentException("no default port for " + variable);
        }
        return port(variable, defaultPort);
    }

    int port(String variable, int defaultPort) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw LauncherException
                    .badSetting(variable + " must be a port number from 1 to 65535, not '" + value + "'");
        }
    }

    /** These settings with one variable set, as a command-line flag overrides the environment. */
    Settings with(String variable, String value) {
        Map<String, String> changed = new HashMap<>(env);
        changed.put(variable, value);
        return new Settings(repo, home, Map.copyOf(changed));
    }

    /** A non-blank value of the variable, if set. */
    Optional<String> value(String variable) {
        return Optional.ofNullable(env.get(variable)).map(String::trim).filter(v -> !v.isEmpty());
    }

    Path data(String what) {
        return home.resolve("data").resolve(what);
    }

    Path log(String what) {
        return home.resolve("logs").resolve(what + ".log");
    }

    Path runFile(String name) {
        return home.resolve("run").resolve(name);
    }
}
