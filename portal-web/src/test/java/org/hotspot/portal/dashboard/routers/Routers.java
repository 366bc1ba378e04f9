package org.hotspot.portal.dashboard.routers;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.browser.Browser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Routers for the routers and audit page tests: made through router-gateway's API, or the form's fields. */
public final class Routers {

    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;

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

    /** Chromium with the HTTP session's cookies, as the other dashboard browser tests give them. */
    public static void openAs(Browser browser, String base, Session session) {
        browser.open(base + "/dashboard/sign-in");
        session.cookies().forEach((name, value) -> browser.driver().executeCdpCommand("Network.setCookie",
                Map.of("name", name, "value", value, "url", base + "/", "secure", true, "httpOnly", true,
                        "sameSite", "Strict")));
    }

    /**
     * The page at 360 and 1280 px, scrolled to its content (a phone's first screen is the
     * navigation): {@code target/screenshots/dashboard-<page>-<language>-<width>.png}.
     */
    public static void shoot(Browser browser, String page, String language) {
        for (List<Integer> size : List.of(List.of(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT),
                List.of(DESKTOP_WIDTH, DESKTOP_HEIGHT))) {
            browser.resize(size.get(0), size.get(1));
            browser.script("document.querySelector('main').scrollIntoView()");
            browser.screenshot("dashboard-" + page + "-" + language + "-" + size.get(0));
            browser.script("window.scrollTo(0, 0)");
        }
        browser.resize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }
}
