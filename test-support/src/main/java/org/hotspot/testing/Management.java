package org.hotspot.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The management interface of the service under test: {@code /q/health}, {@code /q/metrics} and
 * {@code /q/openapi} answer there, on a port of their own (random in tests), not on the public one.
 */
public final class Management {

    private Management() {
    }

    /** Its base URL, read once the service runs (the random port is known only then). */
    public static String url() {
        Config config = ConfigProvider.getConfig();
        String host = config.getOptionalValue("quarkus.management.host", String.class).orElse("localhost");
        int port = config.getValue("quarkus.management.test-port", Integer.class);
        return "http://" + host + ":" + port;
    }

    /** A request to it. */
    public static RequestSpecification given() {
        return RestAssured.given().baseUri(url());
    }
}
