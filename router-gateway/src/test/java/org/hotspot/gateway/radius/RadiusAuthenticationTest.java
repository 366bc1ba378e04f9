package org.hotspot.gateway.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.RadiusFixture.common;
import static org.hotspot.gateway.radius.RadiusFixture.counter;
import static org.hotspot.gateway.radius.RadiusFixture.mac;
import static org.hotspot.gateway.radius.RadiusFixture.nasIdentifier;
import static org.hotspot.gateway.radius.RadiusFixture.pap;
import static org.hotspot.gateway.radius.RadiusFixture.registerRouter;
import static org.hotspot.gateway.radius.RadiusFixture.secret;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithVoucherService;
import org.hotspot.testing.radius.Chap;
import org.hotspot.testing.radius.Radclient;
import org.hotspot.testing.radius.Radclient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Logins through FreeRADIUS's radclient playing the router, against vouchers the real voucher-service
 * made: PAP and CHAP accepts with what the router must enforce, and the rejects a customer sees.
 */
@QuarkusTest
@WithVoucherService
class RadiusAuthenticationTest {

    private static final long FIVE_GIB_AND_A_BIT = 5L * 1024 * 1024 * 1024 + 123_456;

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @Inject
    RadiusPorts ports;

    private String operator;
    private String nasIdentifier;
    private Radclient router;

    @BeforeEach
    void anOrganizationWithARouter() {
        String organization = auth.newOrganization();
        operator = auth.tokenFor(organization, "OPERATOR");
        nasIdentifier = nasIdentifier();
        String secret = secret();
        registerRouter(auth.tokenFor(organization, "ORG_ADMIN"), nasIdentifier, secret, "site-a", 3799);
        router = Radclient.to("127.0.0.1", ports.authenticationPort(), secret);
    }

    private String code(Map<String, Object> profile) {
        String profileId = vouchers.newProfile(operator, profile);
        return vouchers.codes(operator, vouchers.newBatch(operator, profileId, 1)).get(0);
    }

    @Test
    void papAcceptCarriesWhatTheRouterMustEnforce() {
        String code = code(Map.of("timeQuotaSeconds", 3600, "validitySeconds", 86_400, "dataQuotaBytes",
                FIVE_GIB_AND_A_BIT, "rateLimit", "2M/4M", "idleTimeoutSeconds", 300));

        Reply reply = router.auth(pap(nasIdentifier, code, code, mac()));

        assertThat(reply.code()).as(reply.transcript()).isEqualTo("Access-Accept");
        assertThat(reply.value("Session-Timeout")).isEqualTo("3600");
        assertThat(reply.value("Idle-Timeout")).isEqualTo("300");
        assertThat(Long.parseLong(reply.value("Acct-Interim-Interval"))).isPositive();
        assertThat(reply.value("Mikrotik-Rate-Limit")).isEqualTo("2M/4M");
        // 5 GiB and a bit: one 4 GiB gigaword, and 1 GiB and the bit in the 32-bit limit.
        assertThat(Long.parseLong(reply.value("Mikrotik-Total-Limit-Gigawords"))).isEqualTo(1);
        assertThat(Long.parseLong(reply.value("Mikrotik-Total-Limit"))).isEqualTo(1024L * 1024 * 1024 + 123_456);
        assertThat(reply.value("Class")).as("Class names the voucher").isNotBlank();
        assertThat(reply.attributes()).containsKey("Message-Authenticator");
    }

    @Test
    void papAcceptsTheCodeAsTypedWithDashesAndLowerCase() {
        String code = code(Map.of("timeQuotaSeconds", 600));
        String typed = code.substring(0, 5).toLowerCase(Locale.ROOT) + "-" + code.substring(5).toLowerCase(Locale.ROOT);

        Reply reply = router.auth(pap(nasIdentifier, typed, typed, mac()));

        assertThat(reply.code()).as(reply.transcript()).isEqualTo("Access-Accept");
        assertThat(reply.value("Session-Timeout")).isEqualTo("600");
    }

    @Test
    void chapAccept() {
        String code = code(Map.of("timeQuotaSeconds", 1800, "rateLimit", "1M/2M"));
        Chap chap = Chap.of(code);
        List<String> lines = new ArrayList<>(common(nasIdentifier, code, mac()));
        lines.add(chap.passwordLine());
        lines.add(chap.challengeLine());

        Reply reply = router.auth(lines.toArray(String[]::new));

        assertThat(reply.code()).as(reply.transcript()).isEqualTo("Access-Accept");
        assertThat(reply.value("Session-Timeout")).isEqualTo("1800");
        assertThat(reply.value("Mikrotik-Rate-Limit")).isEqualTo("1M/2M");
    }

    @Test
    void chapWithAnotherPasswordIsRejectedAsAnUnknownCode() {
        String code = code(Map.of("timeQuotaSeconds", 1800));
        Chap chap = Chap.of(code + "X");
        List<String> lines = new ArrayList<>(common(nasIdentifier, code, mac()));
        lines.add(chap.passwordLine());
        lines.add(chap.challengeLine());

        Reply reply = router.auth(lines.toArray(String[]::new));

        assertThat(reply.code()).as(reply.transcript()).isEqualTo("Access-Reject");
        assertThat(reply.value("Reply-Message")).isEqualTo("This code is not valid. Check it and try again. [unknown]");
    }

    @Test
    void papWithAnotherPasswordIsRejectedAsAnUnknownCode() {
        String code = code(Map.of("timeQuotaSeconds", 1800));

        Reply reply = router.auth(pap(nasIdentifier, code, "WRONG" + code, mac()));

        assertThat(reply.code()).as(reply.transcript()).isEqualTo("Access-Reject");
        assertThat(reply.value("Reply-Message")).isEqualTo("This code is not valid. Check it and try again. [unknown]");
    }

    @Test
    void theDecisionLatencyIsMeasured() {
        String code = code(Map.of("timeQuotaSeconds", 60));
        double before = counter("hotspot_gateway_radius_decision_seconds_count");

        router.auth(pap(nasIdentifier, code, code, mac()));

        assertThat(counter("hotspot_gateway_radius_decision_seconds_count")).isEqualTo(before + 1);
        assertThat(counter("hotspot_gateway_radius_access_total", "result=\"accept\"")).isPositive();
    }
}
