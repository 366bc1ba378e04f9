package org.hotspot.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
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
        return given().baseUri(url).auth().oauth2(adminToken).contentType("application/json")
                .body(routerAtLoopback(nasIdentifier, secret, site, coaPort))
                .when().post("/api/routers")
                .then().statusCode(201)
                .extract().path("id");
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
