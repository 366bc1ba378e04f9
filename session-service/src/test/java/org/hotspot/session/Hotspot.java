package org.hotspot.session;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.radius.Radclient;
import org.hotspot.testing.radius.Radclient.Reply;
import org.hotspot.testing.radius.TestNas;

/**
 * One router of a test, as FreeRADIUS's radclient plays it against the real router-gateway: logins,
 * and accounting for the sessions they open. Disconnect-Requests for it reach {@link #nas()}.
 */
final class Hotspot implements AutoCloseable {

    private final String nasIdentifier = RouterGateway.newNasIdentifier();
    private final String secret = RouterGateway.newSecret();
    private final RouterGateway gateway;
    private final TestNas nas;
    private final String routerId;

    Hotspot(RouterGateway gateway, String adminToken, String site) {
        this.gateway = gateway;
        this.nas = TestNas.start(secret);
        this.routerId = gateway.registerRouter(adminToken, nasIdentifier, secret, site, nas.port());
    }

    String routerId() {
        return routerId;
    }

    TestNas nas() {
        return nas;
    }

    static String mac() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        bytes[0] = (byte) ((bytes[0] & 0xFC) | 0x02);
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes);
    }

    static String sessionId() {
        return "81" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    /**
     * A device on the hotspot: its MAC, the session the router opens for it, the Class it was given
     * (null for a router that does not echo it), and the User-Name it logged in with.
     */
    record Device(String mac, String sessionId, String classHex, String userName) {

        /** The same device behind a router that does not echo Class in accounting (or a proxy that strips it). */
        Device withoutClass() {
            return new Device(mac, sessionId, null, userName);
        }
    }

    /** A PAP login with Message-Authenticator; the reply. */
    Reply login(String code, String mac, String sessionId) {
        return gateway.authentication(secret).auth(
                Radclient.text("User-Name", code), Radclient.text("User-Password", code),
                Radclient.text("NAS-Identifier", nasIdentifier), "NAS-IP-Address = 127.0.0.1",
                Radclient.text("Calling-Station-Id", mac), Radclient.text("Acct-Session-Id", sessionId),
                "Framed-IP-Address = 10.5.50.23", "Message-Authenticator = 0x00");
    }

    /** Logs a new device in with the code; fails the test unless accepted. */
    Device online(String code) {
        String mac = mac();
        String session = sessionId();
        Reply reply = login(code, mac, session);
        if (!"Access-Accept".equals(reply.code())) {
            throw new AssertionError("login not accepted:\n" + reply.transcript());
        }
        return new Device(mac, session, reply.value("Class"), code);
    }

    Reply start(Device device) {
        return accounting("Start", device);
    }

    /** An Interim-Update with the router's cumulative counters. */
    Reply interim(Device device, long inputOctets, long outputOctets, long sessionTime) {
        return accounting("Interim-Update", device, counters(inputOctets, outputOctets, sessionTime));
    }

    Reply stop(Device device, long inputOctets, long outputOctets, long sessionTime, String cause) {
        String[] lines = counters(inputOctets, outputOctets, sessionTime);
        String[] all = Arrays.copyOf(lines, lines.length + 1);
        all[lines.length] = "Acct-Terminate-Cause = " + cause;
        return accounting("Stop", device, all);
    }

    Reply accountingOn() {
        return gateway.accounting(secret).acct("Acct-Status-Type = Accounting-On",
                Radclient.text("NAS-Identifier", nasIdentifier), "NAS-IP-Address = 127.0.0.1");
    }

    /** The accounting lines of a packet, for tests that send them their own way (twice, say). */
    List<String> accountingLines(String status, Device device, String... more) {
        List<String> lines = new ArrayList<>(List.of("Acct-Status-Type = " + status,
                Radclient.text("Acct-Session-Id", device.sessionId()), Radclient.text("User-Name", device.userName()),
                Radclient.text("NAS-Identifier", nasIdentifier), "NAS-IP-Address = 127.0.0.1",
                Radclient.text("Calling-Station-Id", device.mac()), "Framed-IP-Address = 10.5.50.23"));
        if (device.classHex() != null) {
            lines.add("Class = " + device.classHex());
        }
        lines.addAll(List.of(more));
        return lines;
    }

    List<Reply> accountingAll(List<List<String>> packets) {
        return gateway.accounting(secret).sendAll("acct", packets);
    }

    private Reply accounting(String status, Device device, String... more) {
        return gateway.accounting(secret).send("acct", accountingLines(status, device, more));
    }

    /** Counters above 4 GiB go as octets and Gigawords, as routers send them. */
    static String[] counters(long inputOctets, long outputOctets, long sessionTime) {
        return new String[] {
                "Acct-Input-Octets = " + (inputOctets & 0xFFFFFFFFL), "Acct-Input-Gigawords = " + (inputOctets >>> 32),
                "Acct-Output-Octets = " + (outputOctets & 0xFFFFFFFFL),
                "Acct-Output-Gigawords = " + (outputOctets >>> 32),
                "Acct-Session-Time = " + sessionTime};
    }

    @Override
    public void close() {
        nas.close();
    }
}
