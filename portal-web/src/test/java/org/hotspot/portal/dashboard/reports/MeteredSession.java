package org.hotspot.portal.dashboard.reports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.radius.Radclient;
import org.hotspot.testing.radius.Radclient.Reply;
import org.hotspot.testing.radius.TestNas;

/**
 * How a device logs in with a voucher through a router radclient plays against the real
 * router-gateway, starts its session and reports its usage in an Interim-Update: the accounting
 * session-service rolls up into the usage reports.
 */
final class MeteredSession {

    private MeteredSession() {
    }

    /**
     * Registers a router on {@code site} and has one device log in with {@code code} and use so many
     * bytes; the router's CoA port is closed once the records are answered (nothing is sent to it).
     */
    static void use(RouterGateway gateway, String adminToken, String site, String code, String mac, long bytesIn,
            long bytesOut, long seconds) {
        Device device = start(gateway, adminToken, site, code, mac);
        send(gateway, device.secret(), device.identity(), "Acct-Status-Type = Interim-Update",
                "Acct-Input-Octets = " + bytesIn, "Acct-Output-Octets = " + bytesOut,
                "Acct-Session-Time = " + seconds);
    }

    /**
     * Has a device use a little more every two seconds until {@code rolledUp} says its usage is in the
     * report by plan: session-service knows a voucher's plan from voucher-service's events, and
     * while its consumer is still joining after start-up, the first records of a voucher have no plan
     * (they count for the organization, router and site, not for a plan).
     */
    static void useUntil(RouterGateway gateway, String adminToken, String code, BooleanSupplier rolledUp) {
        Device device = start(gateway, adminToken, "site-warm-up", code, "02:D3:00:00:00:99");
        int[] interim = {0};
        Awaitility.await("usage by plan rolled up").atMost(Duration.ofMinutes(3)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(2)).until(() -> {
                    interim[0]++;
                    send(gateway, device.secret(), device.identity(), "Acct-Status-Type = Interim-Update",
                            "Acct-Input-Octets = " + interim[0] * 1000, "Acct-Output-Octets = 0",
                            "Acct-Session-Time = " + interim[0]);
                    return rolledUp.getAsBoolean();
                });
    }

    private record Device(String secret, List<String> identity) {
    }

    private static Device start(RouterGateway gateway, String adminToken, String site, String code, String mac) {
        String nasIdentifier = RouterGateway.newNasIdentifier();
        String secret = RouterGateway.newSecret();
        try (TestNas nas = TestNas.start(secret)) {
            gateway.registerRouter(adminToken, nasIdentifier, secret, site, nas.port());
        }
        String acctSessionId = "91" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        List<String> identity = List.of(Radclient.text("NAS-Identifier", nasIdentifier), "NAS-IP-Address = 127.0.0.1",
                Radclient.text("Calling-Station-Id", mac), Radclient.text("Acct-Session-Id", acctSessionId),
                "Framed-IP-Address = 10.5.50.31");
        List<String> login = new ArrayList<>(List.of(Radclient.text("User-Name", code),
                Radclient.text("User-Password", code), "Message-Authenticator = 0x00"));
        login.addAll(identity);
        Reply accepted = gateway.authentication(secret).auth(login.toArray(String[]::new));
        if (!"Access-Accept".equals(accepted.code())) {
            throw new AssertionError("login not accepted:\n" + accepted.transcript());
        }
        List<String> common = new ArrayList<>(List.of(Radclient.text("User-Name", code)));
        if (accepted.value("Class") != null) {
            common.add("Class = " + accepted.value("Class"));
        }
        common.addAll(identity);
        send(gateway, secret, common, "Acct-Status-Type = Start");
        return new Device(secret, List.copyOf(common));
    }

    private static void send(RouterGateway gateway, String secret, List<String> common, String... attributes) {
        List<String> record = new ArrayList<>(List.of(attributes));
        record.addAll(common);
        Reply answered = gateway.accounting(secret).send("acct", record);
        if (!"Accounting-Response".equals(answered.code())) {
            throw new AssertionError(attributes[0] + " not answered:\n" + answered.transcript());
        }
    }
}
