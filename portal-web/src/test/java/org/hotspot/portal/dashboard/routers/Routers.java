package org.hotspot.portal.dashboard.routers;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.testing.RouterGateway;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Routers for the routers and audit page tests: made through router-gateway's API, or the form's fields. */
public final class Routers {

    private Routers() {
    }

    /**
     * An address no other test's router holds: router-gateway lets one organization only register
     * at an address, so each test takes its own in 10.0.0.0/8.
     */
    public static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    /** The add form's fields for a RADIUS router. */
    public static Map<String, String> form(String name, String site, String address, String secret) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("site", site);
        fields.put("nasIp", address);
        fields.put("nasIdentifier", "");
        fields.put("radiusSecret", secret);
        fields.put("requireMessageAuthenticator", "on");
        fields.put("coaPort", "3799");
        fields.put("mode", "RADIUS");
        fields.put("hotspotDnsName", "login.example.net");
        return fields;
    }

    /** A router registered through router-gateway's API by an admin; its id. */
    public static String register(RouterGateway gateway, String adminToken, String name, String address) {
        return RouterGateway.register(given().baseUri(gateway.url()), adminToken, Map.of("name", name, "site", "Lobby",
                "nasIp", address, "radiusSecret", RouterGateway.newSecret()));
    }

    /** The id of the listed router named {@code name}, read off the list page's row. */
    public static String idOf(Session session, String name) {
        Document list = session.page("/dashboard/routers");
        for (Element row : list.select("table.routers tbody tr")) {
            if (row.selectFirst(".router-name").text().equals(name)) {
                return row.id().substring("router-".length());
            }
        }
        throw new AssertionError("no router " + name + " listed: " + list.select("main").text());
    }
}
