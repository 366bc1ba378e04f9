package org.hotspot.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotspot.keys.KeyFiles;
import org.hotspot.keys.KeyMaterial;

/**
 * The tokens the services present to each other's internal endpoints, one per calling service:
 * {@code HOTSPOT_SERVICE_TOKEN_<CALLER>} when set (say {@code HOTSPOT_SERVICE_TOKEN_ROUTER_GATEWAY}),
 * else one generated at the first start and kept in {@code .hotspot/keys/service-token-<caller>} for
 * the owner only (tools such as the benchmarks read router-gateway's there). A service is told only
 * its own token and those of the callers it answers, so a token taken from one service opens
 * nothing meant for another.
 */
final class ServiceToken {

    /** Who calls whom: the receiving service and the callers its internal endpoints admit. */
    private static final Map<String, List<String>> CALLERS_OF = Map.of(
            // Every service, auth-service itself included, polls /internal/revocations.
            "auth-service", List.of("router-gateway", "voucher-service", "session-service", "portal-web",
                    "auth-service"),
            "voucher-service", List.of("router-gateway", "portal-web"),
            // The captive portal reads routers (its pages, its QR landing) from router-gateway.
            "router-gateway", List.of("portal-web"));

    private ServiceToken() {
    }

    /** The service token settings of {@code service}: its own token and those of its callers. */
    static Map<String, String> environment(Settings settings, String service) {
        Map<String, String> env = new HashMap<>();
        env.put("HOTSPOT_SERVICE_TOKEN", resolve(settings, service));
        for (String caller : CALLERS_OF.getOrDefault(service, List.of())) {
            env.put("HOTSPOT_SERVICE_TOKENS_" + variableSuffix(caller), resolve(settings, caller));
        }
        return env;
    }

    static String resolve(Settings settings, String caller) {
        var given = settings.value("HOTSPOT_SERVICE_TOKEN_" + variableSuffix(caller));
        if (given.isPresent()) {
            return given.get();
        }
        Path file = OwnerOnly.directories(settings.home().resolve("keys")).resolve("service-token-" + caller);
        return KeyFiles.keep(file, () -> KeyMaterial.newToken(32)).value();
    }

    private static String variableSuffix(String service) {
        return service.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
