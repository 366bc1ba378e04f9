package org.hotspot.portal.pages;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The portal against the real router-gateway, voucher-service and auth-service that
 * {@code @WithRouterGateway} starts: router-gateway's address as its test resource gives it. Every
 * test class of the pages uses this one profile, so they share one portal.
 */
public class RealBackends implements QuarkusTestProfile {

    static final String PUBLIC_URL = "http://127.0.0.1:8080";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("hotspot.router-gateway-url", "${hotspot.test.router-gateway-url}",
                "hotspot.portal.public-url", PUBLIC_URL);
    }
}
