package org.hotspot.gateway.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.RadiusFixture.counter;
import static org.hotspot.gateway.radius.RadiusFixture.mac;
import static org.hotspot.gateway.radius.RadiusFixture.nasIdentifier;
import static org.hotspot.gateway.radius.RadiusFixture.pap;
import static org.hotspot.gateway.radius.RadiusFixture.registerRouter;
import static org.hotspot.gateway.radius.RadiusFixture.secret;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithVoucherService;
import org.hotspot.testing.radius.Radclient;
import org.hotspot.testing.radius.Radclient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Guessing voucher codes through a router: a guesser that rotates its MAC, or sends none, runs into
 * its router's and its organization's budgets, and the operator's alert moves; customers already
 * online stay online, and a customer whose MAC a guesser spoofs still logs in with their own code.
 */
@QuarkusTest
@WithVoucherService
class GuessingBudgetTest {

    private static final String UNKNOWN = "This code is not valid. Check it and try again. [unknown]";
    private static final String THROTTLED = "Too many failed attempts. Please wait a few minutes. [throttled]";
    private static final String ALERT = "hotspot_gateway_guessing_budget_exceeded_total";
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @Inject
    RadiusPorts ports;

    @ConfigProperty(name = "hotspot.guessing.router-budget")
    int routerBudget;

    @ConfigProperty(name = "hotspot.guessing.organization-budget")
    int organizationBudget;

    @ConfigProperty(name = "hotspot.guessing.anonymous-budget")
    int anonymousBudget;

    @ConfigProperty(name = "hotspot.gateway.brute-force-threshold")
    int deviceThreshold;

    private String organization;
    private String admin;
    private String operator;

    @BeforeEach
    void anOrganization() {
        organization = auth.newOrganization();
        admin = auth.tokenFor(organization, "ORG_ADMIN");
        operator = auth.tokenFor(organization, "OPERATOR");
    }

    @Test
    void aGuesserRotatingItsMacIsThrottledPastTheRoutersBudget() {
        Router router = router();
        Router other = router();
        String online = mac();
        String theirs = code();
        assertThat(router.login(theirs, online).code()).isEqualTo("Access-Accept");

        assertLookedUp(router.guess(routerBudget, code -> pap(router.nasIdentifier(), code, code, mac())));

        assertRejected(router.login("ZZZZZZZZZZ", mac()), THROTTLED);
        assertThat(alert("router", router.id())).isEqualTo(1);
        // Past the budget a new code is not looked up: were a valid one accepted, the guesser would
        // learn from the accept what the budget is there to hide.
        String fresh = code();
        assertRejected(router.login(fresh, mac()), THROTTLED);
        assertThat(router.login(theirs, online).code()).as("a device online with its code before the attack")
                .isEqualTo("Access-Accept");
        assertRejected(other.login("ZZZZZZZZZZ", mac()), UNKNOWN);
        assertThat(other.login(fresh, mac()).code()).as("another router of the organization")
                .isEqualTo("Access-Accept");
        assertThat(alert("router", other.id())).isZero();
    }

    @Test
    void requestsWithoutCallingStationIdHaveTheirOwnBudgetPerRouter() {
        Router router = router();

        assertLookedUp(
                router.guess(anonymousBudget, code -> withoutMac(pap(router.nasIdentifier(), code, code, mac()))));

        String code = code();
        assertRejected(router.radclient().auth(withoutMac(pap(router.nasIdentifier(), code, code, mac()))), THROTTLED);
        assertThat(alert("anonymous", router.id())).isEqualTo(1);
        assertRejected(router.login("ZZZZZZZZZZ", mac()), UNKNOWN);
        assertThat(router.login(code, mac()).code()).as("a device that sends its MAC").isEqualTo("Access-Accept");
    }

    @Test
    void guessesSpreadOverRoutersAreThrottledPastTheOrganizationsBudget() {
        int guessed = 0;
        while (guessed < organizationBudget) {
            // Each router stays within its own budget: only the organization's is reached.
            int count = Math.min(routerBudget - 1, organizationBudget - guessed);
            Router router = router();
            assertLookedUp(router.guess(count, code -> pap(router.nasIdentifier(), code, code, mac())));
            guessed += count;
        }

        Router fresh = router();
        assertRejected(fresh.login("ZZZZZZZZZZ", mac()), THROTTLED);
        assertThat(alert("organization", "any")).isEqualTo(1);
        assertRejected(fresh.login(code(), mac()), THROTTLED);
        assertThat(alert("router", fresh.id())).isZero();
    }

    @Test
    void aCustomerWhoseMacAGuesserSpoofsStillLogsInWithTheirCode() {
        Router router = router();
        String customer = mac();
        String theirs = code();
        assertThat(router.login(theirs, customer).code()).isEqualTo("Access-Accept");

        assertLookedUp(router.guess(deviceThreshold, code -> pap(router.nasIdentifier(), code, code, customer)));

        assertRejected(router.login("ZZZZZZZZZZ", customer), THROTTLED);
        // A code the MAC was never accepted with stays refused: the spoofer learns nothing new.
        assertRejected(router.login(code(), customer), THROTTLED);
        assertThat(router.login(theirs, customer).code()).as("the customer's own code, from their own MAC")
                .isEqualTo("Access-Accept");
    }

    /** A router of the organization: its NAS-Identifier, its id, and radclient speaking for it. */
    private record Router(String nasIdentifier, String id, Radclient radclient) {

        Reply login(String code, String mac) {
            return radclient.auth(pap(nasIdentifier, code, code, mac));
        }

        /** Codes no batch holds, one packet each, sent one after another. */
        List<Reply> guess(int count, Function<String, String[]> packet) {
            List<List<String>> packets = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                packets.add(List.of(packet.apply(unknownCode())));
            }
            return radclient.sendAll("auth", packets);
        }
    }

    private Router router() {
        String nasIdentifier = nasIdentifier();
        String secret = secret();
        String id = registerRouter(admin, nasIdentifier, secret, "site-a", 3799);
        // Retransmitted as routers do: a first login while the services warm up may outlast one timeout.
        return new Router(nasIdentifier, id, Radclient.to("127.0.0.1", ports.authenticationPort(), secret).attempts(3));
    }

    private String code() {
        return vouchers.codes(operator, vouchers.newBatch(operator,
                vouchers.newProfile(operator, Map.of("timeQuotaSeconds", 600)), 1)).get(0);
    }

    /** Twelve symbols of the voucher alphabet: a code of the organization only by a 1 in 31^12 chance. */
    private static String unknownCode() {
        StringBuilder code = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String[] withoutMac(String[] packet) {
        return Arrays.stream(packet).filter(line -> !line.startsWith("Calling-Station-Id")).toArray(String[]::new);
    }

    /** Every reply an Access-Reject saying the code is unknown: each guess was looked up. */
    private static void assertLookedUp(List<Reply> replies) {
        assertThat(replies).allSatisfy(reply -> assertRejected(reply, UNKNOWN));
    }

    private static void assertRejected(Reply reply, String message) {
        assertThat(reply.code()).as(reply.transcript()).isEqualTo("Access-Reject");
        assertThat(reply.value("Reply-Message")).as(reply.transcript()).isEqualTo(message);
    }

    private double alert(String scope, String routerId) {
        return counter(ALERT, "scope=\"" + scope + "\"", "organization=\"" + organization + "\"",
                "router=\"" + routerId + "\"");
    }
}
