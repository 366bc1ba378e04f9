package org.hotspot.portal.dashboard.vouchers;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.radius.Radclient;
import org.hotspot.testing.radius.Radclient.Reply;
import org.hotspot.testing.radius.TestNas;

/**
 * A device online through a router that radclient plays against the real router-gateway: logged in
 * with a voucher's code, its session started by an Accounting-Request Start, so session-service
 * holds it open. The router's Disconnect-Requests reach {@link #nas()}.
 */
final class LiveSession implements AutoCloseable {

    static final String MAC = "02:D3:00:00:00:21";

    private final TestNas nas;
    private final String routerId;
    private final String acctSessionId = "81" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

    /** Registers a router (as the organization's admin) and brings one device online on it with {@code code}. */
    LiveSession(RouterGateway gateway, String adminToken, String code) {
        String nasIdentifier = RouterGateway.newNasIdentifier();
        String secret = RouterGateway.newSecret();
        this.nas = TestNas.start(secret);
        this.routerId = gateway.registerRouter(adminToken, nasIdentifier, secret, "site-d3", nas.port());
        List<String> identity = List.of(Radclient.text("NAS-Identifier", nasIdentifier), "NAS-IP-Address = 127.0.0.1",
                Radclient.text("Calling-Station-Id", MAC), Radclient.text("Acct-Session-Id", acctSessionId),
                "Framed-IP-Address = 10.5.50.21");
        Reply login = gateway.authentication(secret).auth(concat(List.of(Radclient.text("User-Name", code),
                Radclient.text("User-Password", code), "Message-Authenticator = 0x00"), identity)
                .toArray(String[]::new));
        if (!"Access-Accept".equals(login.code())) {
            throw new AssertionError("login not accepted:\n" + login.transcript());
        }
        List<String> start = concat(login.value("Class") == null
                ? List.of("Acct-Status-Type = Start", Radclient.text("User-Name", code))
                : List.of("Acct-Status-Type = Start", Radclient.text("User-Name", code),
                        "Class = " + login.value("Class")),
                identity);
        Reply started = gateway.accounting(secret).send("acct", start);
        if (!"Accounting-Response".equals(started.code())) {
            throw new AssertionError("Start not answered:\n" + started.transcript());
        }
    }

    /** session-service's id of the session: {@code routerId:Acct-Session-Id}. */
    String sessionId() {
        return routerId + ":" + acctSessionId;
    }

    String acctSessionId() {
        return acctSessionId;
    }

    TestNas nas() {
        return nas;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    @Override
    public void close() {
        nas.close();
    }
}
