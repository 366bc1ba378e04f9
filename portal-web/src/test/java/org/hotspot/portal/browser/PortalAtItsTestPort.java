package org.hotspot.portal.browser;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * portal-web under test tells the router its own test address: the login's {@code dst}, where the
 * router sends the phone after an Access-Accept, is built from {@code hotspot.portal.public-url},
 * whose default (port 8080) is not where a test's portal-web listens. And it asks the
 * router-gateway the test resource started.
 */
public class PortalAtItsTestPort implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // A fixed port: the suite's test port is 0 (any), which the public URL cannot name. The
        // management port is fixed with it: Micrometer (3.34) refuses one server tagged with its port
        // and one on a random port untagged.
        return Map.of("quarkus.http.test-port", "18281", "quarkus.management.test-port", "18291",
                "hotspot.portal.public-url", "http://localhost:18281",
                "hotspot.router-gateway-url", "${hotspot.test.router-gateway-url}");
    }
}
