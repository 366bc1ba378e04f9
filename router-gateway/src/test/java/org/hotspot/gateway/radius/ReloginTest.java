package org.hotspot.gateway.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.RadiusFixture.counter;
import static org.hotspot.gateway.radius.RadiusFixture.mac;
import static org.hotspot.gateway.radius.RadiusFixture.nasIdentifier;
import static org.hotspot.gateway.radius.RadiusFixture.pap;
import static org.hotspot.gateway.radius.RadiusFixture.registerRouter;
import static org.hotspot.gateway.radius.RadiusFixture.secret;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hotspot.events.voucher.ProjectionKeys;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithVoucherService;
import org.hotspot.testing.radius.Radclient;
import org.hotspot.testing.radius.Radclient.Reply;
import org.junit.jupiter.api.Test;

/**
 * A router re-authenticating a device that is already online is answered from the vouchers' Redis
 * projection, with the same grant voucher-service gave, and without a call to it; everything that
 * changes the voucher (first use, a new device) and every reject still reflects the voucher as it is.
 */
@QuarkusTest
@WithVoucherService
class ReloginTest {

    private static final String DECISIONS = "hotspot_gateway_decisions_total";

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @Inject
    RadiusPorts ports;

    @Inject
    RedisDataSource redis;

    /** An organization with an operator's token and one router, and that router as radclient. */
    private record Hotspot(String organization, String operator, String nasIdentifier, Radclient router) {
    }

    private Hotspot hotspot() {
        String organization = auth.newOrganization();
        String nasIdentifier = nasIdentifier();
        String secret = secret();
        registerRouter(auth.tokenFor(organization, "ORG_ADMIN"), nasIdentifier, secret, "site-a", 3799);
        return new Hotspot(organization, auth.tokenFor(organization, "OPERATOR"), nasIdentifier,
                Radclient.to("127.0.0.1", ports.authenticationPort(), secret));
    }

    @Test
    void aDeviceLoggingInAgainIsAnsweredFromTheProjectionUntilTheVoucherChanges() {
        Hotspot hotspot = hotspot();
        String operator = hotspot.operator();
        String nasIdentifier = hotspot.nasIdentifier();
        Radclient router = hotspot.router();
        String profileId = vouchers.newProfile(operator, Map.of("timeQuotaSeconds", 3600, "sharedUsers", 1,
                "rateLimit", "2M/4M", "idleTimeoutSeconds", 300));
        String code = vouchers.codes(operator, vouchers.newBatch(operator, profileId, 1)).get(0);
        String phone = mac();

        double fromService = counter(DECISIONS, "source=\"voucher-service\"", "result=\"accept\"");
        Reply first = router.auth(pap(nasIdentifier, code, code, phone));
        assertThat(first.code()).as(first.transcript()).isEqualTo("Access-Accept");
        assertThat(counter(DECISIONS, "source=\"voucher-service\"", "result=\"accept\"")).as("first use")
                .isEqualTo(fromService + 1);

        double fromRedis = counter(DECISIONS, "source=\"redis\"", "result=\"accept\"");
        Reply again = router.auth(pap(nasIdentifier, code, code, phone));
        assertThat(again.code()).as(again.transcript()).isEqualTo("Access-Accept");
        assertThat(counter(DECISIONS, "source=\"redis\"", "result=\"accept\"")).as("re-login answered from Redis")
                .isEqualTo(fromRedis + 1);
        assertThat(counter(DECISIONS, "source=\"voucher-service\"", "result=\"accept\"")).isEqualTo(fromService + 1);
        for (String attribute : new String[] {"Mikrotik-Rate-Limit", "Idle-Timeout", "Acct-Interim-Interval"}) {
            assertThat(again.value(attribute)).as(attribute).isEqualTo(first.value(attribute));
        }
        assertThat(Long.parseLong(again.value("Session-Timeout"))).isBetween(3590L, 3600L);
        assertThat(again.attributes()).containsKey("Message-Authenticator");

        // The voucher's only place is taken: a second device is refused.
        Reply other = router.auth(pap(nasIdentifier, code, code, mac()));
        assertThat(other.code()).as(other.transcript()).isEqualTo("Access-Reject");

        // A revocation is in the projection at once: the online device's next login is refused.
        vouchers.revoke(operator, code);
        Reply revoked = router.auth(pap(nasIdentifier, code, code, phone));
        assertThat(revoked.code()).as(revoked.transcript()).isEqualTo("Access-Reject");
        assertThat(revoked.value("Reply-Message")).isNotBlank();
    }

    /** Redis holds what voucher-service wrote; an entry that cannot be read is no entry: voucher-service decides. */
    @Test
    void anUnreadableEntryInRedisSendsTheLoginToVoucherService() throws Exception {
        Hotspot hotspot = hotspot();
        String organization = hotspot.organization();
        String operator = hotspot.operator();
        String nasIdentifier = hotspot.nasIdentifier();
        Radclient router = hotspot.router();
        String profileId = vouchers.newProfile(operator, Map.of("timeQuotaSeconds", 3600, "sharedUsers", 1));
        String code = vouchers.codes(operator, vouchers.newBatch(operator, profileId, 1)).get(0);
        String phone = mac();
        assertThat(router.auth(pap(nasIdentifier, code, code, phone)).code()).isEqualTo("Access-Accept");
        List<String> entries = redis.key().keys(ProjectionKeys.vouchersOf(organization));
        assertThat(entries).hasSize(1);

        double fromService = counter(DECISIONS, "source=\"voucher-service\"", "result=\"accept\"");
        redis.value(String.class).set(entries.get(0), "{\"voucherId\": [not json");
        // The loop's copy learns of the change from Redis's invalidation, within moments.
        for (long deadline = System.nanoTime() + 5_000_000_000L;
                counter(DECISIONS, "source=\"voucher-service\"", "result=\"accept\"") == fromService;) {
            assertThat(System.nanoTime()).as("a login decided by voucher-service").isLessThan(deadline);
            Reply again = router.auth(pap(nasIdentifier, code, code, phone));
            assertThat(again.code()).as(again.transcript()).isEqualTo("Access-Accept");
        }
    }
}
