package org.hotspot.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hotspot.testing.radius.Radclient;

/**
 * The real router-gateway, running for a test: routers are registered through its REST API as an
 * operator would, and radclient talks RADIUS to its ports as the router would.
 *
 * @param url      its HTTP base URL
 * @param authPort its RADIUS authentication port (UDP, loopback)
 * @param acctPort its RADIUS accounting port
 */
public record RouterGateway(String url, int authPort, int acctPort) {

    /** Registers a router at 127.0.0.1, told apart by its NAS-Identifier; its id. */
    public String registerRouter(String adminToken, String nasIdentifier, String secret, String site, int coaPort) {
        return register(given().baseUri(url), adminToken, routerAtLoopback(nasIdentifier, secret, site, coaPort));
    }

    /**
     * Registers a router as an operator does, with {@code POST /api/routers} to the router-gateway
     * {@code gateway} is aimed at: this running one, or the one a router-gateway test runs in; its id.
     */
    public static String register(RequestSpecification gateway, String adminToken, Map<String, Object> body) {
        return gateway.auth().oauth2(adminToken).contentType("application/json").body(body)
                .when().post("/api/routers")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A NAS-Identifier no other test's router has. */
    public static String newNasIdentifier() {
        return "hap-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A RADIUS secret no other test's router has. */
    public static String newSecret() {
        return "secret-" + UUID.randomUUID();
    }

    /** The body of {@code POST /api/routers} for a router at 127.0.0.1 (tests' routers all send from loopback). */
    public static Map<String, Object> routerAtLoopback(String nasIdentifier, String secret, String site, int coaPort) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "hAP " + nasIdentifier);
        body.put("site", site);
        body.put("nasIdentifier", nasIdentifier);
        body.put("nasIp", "127.0.0.1");
        body.put("radiusSecret", secret);
        body.put("coaPort", coaPort);
        body.put("apiHost", "127.0.0.1");
        body.put("apiUsername", "api");
        body.put("apiPassword", "router-api-password-42");
        return body;
    }

    /** radclient aimed at the authentication port with this secret. */
    public Radclient authentication(String secret) {
        return Radclient.to("127.0.0.1", authPort, secret);
    }

    /** radclient aimed at the accounting port with this secret. */
    public Radclient accounting(String secret) {
        return Radclient.to("127.0.0.1", acctPort, secret);
    }
}
