package org.hotspot.testing.mikrotik;

import static io.restassured.RestAssured.given;

/**
 * The pages a router kit puts in the router's {@code hotspot/} folder, as templates with RouterOS
 * variables still in them.
 *
 * @param login  {@code login.html}: served to a device not logged in
 * @param flogin {@code flogin.html}: served after a failed login
 * @param alogin {@code alogin.html}: served after a successful login
 * @param logout {@code logout.html}: served after logout
 */
public record HotspotPages(String login, String flogin, String alogin, String logout) {

    /**
     * The kit's pages as router-gateway gives them to an organization admin,
     * {@code GET /api/routers/{id}/hotspot-kit/{file}}.
     */
    public static HotspotPages fromKit(String gatewayUrl, String adminToken, String routerId) {
        return new HotspotPages(kitFile(gatewayUrl, adminToken, routerId, "login.html"),
                kitFile(gatewayUrl, adminToken, routerId, "flogin.html"),
                kitFile(gatewayUrl, adminToken, routerId, "alogin.html"),
                kitFile(gatewayUrl, adminToken, routerId, "logout.html"));
    }

    /**
     * The same pages with every {@code from} replaced by {@code to}: a test's portal-web listens
     * where the router-gateway that made the kit, started once for the whole test run, does not know.
     */
    public HotspotPages replacing(String from, String to) {
        return new HotspotPages(login.replace(from, to), flogin.replace(from, to), alogin.replace(from, to),
                logout.replace(from, to));
    }

    private static String kitFile(String gatewayUrl, String adminToken, String routerId, String file) {
        return given().baseUri(gatewayUrl).auth().oauth2(adminToken)
                .when().get("/api/routers/{id}/hotspot-kit/{file}", routerId, file)
                .then().statusCode(200)
                .extract().asString();
    }
}
