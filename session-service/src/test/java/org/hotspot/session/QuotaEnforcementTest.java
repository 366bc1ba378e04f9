package org.hotspot.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotspot.events.Topics;
import org.hotspot.session.Hotspot.Device;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.InjectRouterGateway;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.RouterGateway;
import org.hotspot.testing.Topic;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithRouterGateway;
import org.hotspot.testing.radius.NasRequest;
import org.hotspot.testing.radius.Radclient.Reply;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole path, with FreeRADIUS's radclient as the router against the real router-gateway,
 * voucher-service and broker: a voucher shared by two devices is cut off on both, mid-session, once
 * their usage together passes its quota, and its next login is refused. Also from a router that does
 * not echo Class: the usage is charged by the User-Name, the Disconnect-Requests name the session
 * by User-Name too, and the code is never on {@code accounting-records}.
 */
@QuarkusTest
@WithRouterGateway
class QuotaEnforcementTest {

    private static final Logger LOG = Logger.getLogger(QuotaEnforcementTest.class);
    private static final String SPENT = "This voucher has no time or data left. [exhausted]";

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @InjectRouterGateway
    RouterGateway gateway;

    @InjectKafka
    String kafka;

    private String operator;
    private String admin;

    @BeforeEach
    void anOrganization() {
        String organization = auth.newOrganization();
        operator = auth.tokenFor(organization, "OPERATOR");
        admin = auth.tokenFor(organization, "ORG_ADMIN");
    }

    private String code(Map<String, Object> profile) {
        return vouchers.codes(operator, vouchers.newBatch(operator, vouchers.newProfile(operator, profile), 1)).get(0);
    }

    @Test
    void aDataQuotaSharedByTwoDevicesCutsBothOffAndTheNextLoginIsRefused() {
        String code = code(Map.of("dataQuotaBytes", 10_000_000, "sharedUsers", 2));
        try (Hotspot hotspot = new Hotspot(gateway, admin, "site-a")) {
            Device first = hotspot.online(code);
            Device second = hotspot.online(code);
            spendTheDataQuotaTogether(hotspot, first, second);
            assertThat(hotspot.login(code, Hotspot.mac(), Hotspot.sessionId()).value("Reply-Message")).isEqualTo(SPENT);
        }
    }

    @Test
    void withoutClassADataQuotaSharedByTwoDevicesIsChargedByUserNameAndBothDisconnectsCarryIt() {
        String code = code(Map.of("dataQuotaBytes", 10_000_000, "sharedUsers", 2));
        try (Hotspot hotspot = new Hotspot(gateway, admin, "site-a")) {
            Device first = hotspot.online(code).withoutClass();
            Device second = hotspot.online(code).withoutClass();
            spendTheDataQuotaTogether(hotspot, first, second);
            assertThat(hotspot.stop(first, 3_000_000, 3_000_000, 70, "Admin-Reset").code())
                    .isEqualTo("Accounting-Response");
            assertThat(hotspot.stop(second, 2_500_000, 2_500_000, 70, "Admin-Reset").code())
                    .isEqualTo("Accounting-Response");
            assertThat(hotspot.login(code, Hotspot.mac(), Hotspot.sessionId()).value("Reply-Message")).isEqualTo(SPENT);
            assertNoRecordHoldsTheCode(hotspot.routerId(), 6, code);
        }
    }

    /** Both sessions start; 6 of the 10 MB on the first cut nobody off, 5 more on the second cut both off. */
    private static void spendTheDataQuotaTogether(Hotspot hotspot, Device first, Device second) {
        assertThat(hotspot.start(first).code()).isEqualTo("Accounting-Response");
        assertThat(hotspot.start(second).code()).isEqualTo("Accounting-Response");

        assertThat(hotspot.interim(first, 3_000_000, 3_000_000, 60).code()).isEqualTo("Accounting-Response");
        assertThat(hotspot.nas().requests()).as("6 of 10 MB used: nobody is cut off").isEmpty();
        Instant crossed = Instant.now();
        assertThat(hotspot.interim(second, 2_500_000, 2_500_000, 60).code()).isEqualTo("Accounting-Response");

        assertBothCutOff(hotspot, first, second, crossed);
    }

    /** The router's values on accounting-records, read raw from the broker: the code in no case, with no separators. */
    private void assertNoRecordHoldsTheCode(String routerId, int records, String code) {
        List<String> values = Topic.await(kafka, Topics.ACCOUNTING_RECORDS, value -> value.contains(routerId),
                found -> found.size() >= records, Duration.ofSeconds(20));
        assertThat(values).hasSizeGreaterThanOrEqualTo(records);
        String bare = code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        assertThat(values).allSatisfy(value -> {
            assertThat(value.toUpperCase(Locale.ROOT)).doesNotContain(bare);
            assertThat(value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "")).doesNotContain(bare);
        });
    }

    @Test
    void aTimeQuotaSharedByTwoDevicesCutsBothOffAndTheNextLoginIsRefused() {
        String code = code(Map.of("timeQuotaSeconds", 100, "sharedUsers", 2));
        try (Hotspot hotspot = new Hotspot(gateway, admin, "site-a")) {
            Device first = hotspot.online(code);
            Device second = hotspot.online(code);
            hotspot.start(first);
            hotspot.start(second);

            hotspot.interim(first, 1000, 1000, 60);
            Instant crossed = Instant.now();
            hotspot.interim(second, 1000, 1000, 50);

            assertBothCutOff(hotspot, first, second, crossed);
            Reply next = hotspot.login(code, first.mac(), Hotspot.sessionId());
            assertThat(next.code()).isEqualTo("Access-Reject");
            assertThat(next.value("Reply-Message")).isEqualTo(SPENT);
        }
    }

    private static void assertBothCutOff(Hotspot hotspot, Device first, Device second, Instant crossed) {
        List<NasRequest> received = hotspot.nas().awaitRequests(2, Duration.ofSeconds(30));
        assertThat(received).extracting(NasRequest::code).containsOnly(NasRequest.DISCONNECT_REQUEST);
        assertThat(received).extracting(NasRequest::acctSessionId)
                .containsExactlyInAnyOrder(first.sessionId(), second.sessionId());
        assertThat(received).as("User-Name, as RouterOS matches the session (docs/mikrotik.md)")
                .extracting(NasRequest::userName)
                .containsOnly(first.userName());
        assertThat(received).allSatisfy(request -> {
            assertThat(request.authenticatorValid()).isTrue();
            assertThat(request.messageAuthenticatorValid()).isTrue();
        });
        Duration delay = Duration.between(crossed, received.get(0).receivedAt());
        LOG.infof("Quota crossed to first Disconnect-Request: %d ms", delay.toMillis());
        assertThat(delay).as("within one interim interval").isLessThan(Duration.ofSeconds(30));
    }
}
