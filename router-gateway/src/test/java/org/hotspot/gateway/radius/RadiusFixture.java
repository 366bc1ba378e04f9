package org.hotspot.gateway.radius;

import static io.restassured.RestAssured.given;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hotspot.testing.Management;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.radius.Radclient;

/** A router registered through the REST API on loopback, and radclient's lines for its logins. */
final class RadiusFixture {

    private RadiusFixture() {
    }

    /** A router at 127.0.0.1 told apart by a fresh NAS-Identifier; its id. */
    static String registerRouter(String adminToken, String nasIdentifier, String secret, String site, int coaPort) {
        return registerRouter(adminToken, nasIdentifier, secret, site, coaPort, true);
    }

    static String registerRouter(String adminToken, String nasIdentifier, String secret, String site, int coaPort,
            boolean requireMessageAuthenticator) {
        Map<String, Object> body = RouterGateway.routerAtLoopback(nasIdentifier, secret, site, coaPort);
        body.put("requireMessageAuthenticator", requireMessageAuthenticator);
        return RouterGateway.register(given(), adminToken, body);
    }

    static String nasIdentifier() {
        return RouterGateway.newNasIdentifier();
    }

    static String secret() {
        return RouterGateway.newSecret();
    }

    /** A random MAC in the locally administered range, as a phone with MAC randomisation has. */
    static String mac() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        bytes[0] = (byte) ((bytes[0] & 0xFC) | 0x02);
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes);
    }

    /** A PAP login as a MikroTik hotspot sends it, with a Message-Authenticator. */
    static String[] pap(String nasIdentifier, String code, String password, String mac) {
        List<String> lines = common(nasIdentifier, code, mac);
        lines.add(Radclient.text("User-Password", password));
        return lines.toArray(String[]::new);
    }

    static List<String> common(String nasIdentifier, String code, String mac) {
        List<String> lines = new ArrayList<>();
        lines.add(Radclient.text("User-Name", code));
        lines.add(Radclient.text("NAS-Identifier", nasIdentifier));
        lines.add("NAS-IP-Address = 127.0.0.1");
        lines.add(Radclient.text("Calling-Station-Id", mac));
        lines.add("Framed-IP-Address = 10.5.50.23");
        lines.add(Radclient.text("Acct-Session-Id", "81" + UUID.randomUUID().toString().substring(0, 6)));
        lines.add("NAS-Port-Type = Wireless-802.11");
        lines.add("Message-Authenticator = 0x00");
        return lines;
    }

    /** The value of a counter in Prometheus text, 0 when absent; {@code labels} as they appear, in order. */
    static double counter(String name, String... labels) {
        return counterAt(Management.url() + "/q/metrics", name, labels);
    }

    /** {@link #counter} read from another service's metrics, at {@code metricsUrl}. */
    static double counterAt(String metricsUrl, String name, String... labels) {
        String metrics = given().when().get(metricsUrl).then().statusCode(200).extract().asString();
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= line.contains(label);
            }
            if (all) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }
}
