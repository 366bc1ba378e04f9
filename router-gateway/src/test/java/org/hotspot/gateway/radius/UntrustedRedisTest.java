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
 * Whoever can write to Redis can delete, copy and replay entries, and write any JSON: none of it
 * is ever an accept router-gateway would not give from voucher-service. Each attack is made on a
 * voucher whose online device router-gateway answers from Redis, the case an entry settles alone.
 */
@QuarkusTest
@WithVoucherService
class UntrustedRedisTest {

    private static final String DECISIONS = "hotspot_gateway_decisions_total";
    private static final String UNTRUSTED = "hotspot_gateway_redis_untrusted_total";
    private static final String FLOORS = "hotspot_gateway_redis_floors_total";
    /** Longer than router-gateway's plan cache (2 s), so a login reads the plan's entry again. */
    private static final long PLAN_CACHE_MILLIS = 2_500;

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @Inject
    RadiusPorts ports;

    @Inject
    RedisDataSource redis;

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

    /** The code's device logged in and then answered from Redis once: the case an entry settles alone. */
    private void online(Hotspot hotspot, String code, String phone) {
        assertThat(hotspot.router().auth(pap(hotspot.nasIdentifier(), code, code, phone)).code())
                .isEqualTo("Access-Accept");
        double fromRedis = counter(DECISIONS, "source=\"redis\"", "result=\"accept\"");
        Reply again = hotspot.router().auth(pap(hotspot.nasIdentifier(), code, code, phone));
        assertThat(again.code()).as(again.transcript()).isEqualTo("Access-Accept");
        assertThat(counter(DECISIONS, "source=\"redis\"", "result=\"accept\"")).as("re-login from Redis")
                .isEqualTo(fromRedis + 1);
    }

    /** A voucher of a plan of one hour for one device, and that device online with it. */
    private record Online(Hotspot hotspot, String code, String phone) {
    }

    private Online online() {
        Hotspot hotspot = hotspot();
        String operator = hotspot.operator();
        String profileId = vouchers.newProfile(operator, Map.of("timeQuotaSeconds", 3600, "sharedUsers", 1));
        String code = vouchers.codes(operator, vouchers.newBatch(operator, profileId, 1)).get(0);
        String phone = mac();
        online(hotspot, code, phone);
        return new Online(hotspot, code, phone);
    }

    private String onlyEntry(String organization) {
        List<String> keys = redis.key().keys(ProjectionKeys.vouchersOf(organization));
        assertThat(keys).hasSize(1);
        return keys.get(0);
    }

    /** Logins for a few seconds (Redis's invalidation of the loop's copy takes moments): every one refused. */
    private void refusedThroughout(Hotspot hotspot, String code, String phone) throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            Reply reply = hotspot.router().auth(pap(hotspot.nasIdentifier(), code, code, phone));
            assertThat(reply.code()).as(reply.transcript()).isEqualTo("Access-Reject");
            Thread.sleep(200);
        }
    }

    /** Until router-gateway has heard of the revocation on voucher-events (at most 5 s). */
    private void floorLearnt(double before) throws InterruptedException {
        for (long deadline = System.nanoTime() + 5_000_000_000L;
                counter(FLOORS) <= before && System.nanoTime() < deadline;) {
            Thread.sleep(50);
        }
        assertThat(counter(FLOORS)).as("router-gateway heard of the revocation on voucher-events")
                .isGreaterThan(before);
    }

    @Test
    void theActiveEntryWrittenBackAfterARevocationDoesNotBringTheVoucherBack() throws Exception {
        Online online = online();
        Hotspot hotspot = online.hotspot();
        String operator = hotspot.operator();
        String code = online.code();
        String phone = online.phone();
        String key = onlyEntry(hotspot.organization());
        String active = redis.value(String.class).get(key);

        double floors = counter(FLOORS);
        vouchers.revoke(operator, code);
        floorLearnt(floors);
        double untrusted = counter(UNTRUSTED);
        redis.value(String.class).set(key, active);

        refusedThroughout(hotspot, code, phone);
        assertThat(counter(UNTRUSTED, "reason=\"replayed\"")).as("the replay counted").isGreaterThan(0);
        assertThat(counter(UNTRUSTED)).isGreaterThan(untrusted);
    }

    @Test
    void anotherVouchersEntryCopiedToARevokedVouchersKeyIsNoAccept() throws Exception {
        Hotspot hotspot = hotspot();
        String operator = hotspot.operator();
        String profileId = vouchers.newProfile(operator, Map.of("timeQuotaSeconds", 3600, "sharedUsers", 1));
        List<String> codes = vouchers.codes(operator, vouchers.newBatch(operator, profileId, 2));
        String phone = mac();
        online(hotspot, codes.get(0), phone);
        String firstKey = onlyEntry(hotspot.organization());
        online(hotspot, codes.get(1), phone);
        String secondKey = redis.key().keys(ProjectionKeys.vouchersOf(hotspot.organization())).stream()
                .filter(k -> !k.equals(firstKey)).findFirst().orElseThrow();
        vouchers.revoke(operator, codes.get(0));

        double untrusted = counter(UNTRUSTED, "reason=\"forged\"");
        redis.value(String.class).set(firstKey, redis.value(String.class).get(secondKey));

        refusedThroughout(hotspot, codes.get(0), phone);
        assertThat(counter(UNTRUSTED, "reason=\"forged\"")).as("the copy counted").isGreaterThan(untrusted);
    }

    @Test
    void aForgedEntryWithoutOrWithAWrongMacIsNoAccept() throws Exception {
        Online online = online();
        Hotspot hotspot = online.hotspot();
        String operator = hotspot.operator();
        String code = online.code();
        String phone = online.phone();
        String key = onlyEntry(hotspot.organization());
        String active = redis.value(String.class).get(key);
        vouchers.revoke(operator, code);
        // The active entry, as of a version after the revocation: with its MAC left as it was, and without one.
        String later = active.replaceFirst("\"version\":(\\d+)", "\"version\":1000");
        String unsealed = later.replaceFirst(",\"kid\":.*$", "}");

        double untrusted = counter(UNTRUSTED, "reason=\"forged\"");
        for (String forged : new String[] {later, unsealed}) {
            redis.value(String.class).set(key, forged);
            refusedThroughout(hotspot, code, phone);
        }
        assertThat(counter(UNTRUSTED, "reason=\"forged\"")).as("the forgeries counted")
                .isGreaterThanOrEqualTo(untrusted + 2);
    }

    @Test
    void aForgedPlanOfAYearAtOneGigabitIsNotGranted() throws Exception {
        Hotspot hotspot = hotspot();
        String operator = hotspot.operator();
        String profileId = vouchers.newProfile(operator, Map.of("timeQuotaSeconds", 3600, "sharedUsers", 1,
                "rateLimit", "2M/4M"));
        String code = vouchers.codes(operator, vouchers.newBatch(operator, profileId, 1)).get(0);
        String phone = mac();
        online(hotspot, code, phone);
        List<String> plans = redis.key().keys(ProjectionKeys.PREFIX + "plan:" + hotspot.organization() + ":*");
        assertThat(plans).hasSize(1);
        String plan = redis.value(String.class).get(plans.get(0));

        double untrusted = counter(UNTRUSTED, "reason=\"forged\"");
        String forged = plan.replace("\"timeQuotaSeconds\":3600", "\"timeQuotaSeconds\":31536000")
                .replace("\"2M/4M\"", "\"1G/1G\"");
        assertThat(forged).isNotEqualTo(plan);
        redis.value(String.class).set(plans.get(0), forged);
        Thread.sleep(PLAN_CACHE_MILLIS);

        Reply reply = hotspot.router().auth(pap(hotspot.nasIdentifier(), code, code, phone));
        assertThat(reply.code()).as(reply.transcript()).isEqualTo("Access-Accept");
        assertThat(reply.value("Mikrotik-Rate-Limit")).isEqualTo("2M/4M");
        assertThat(Long.parseLong(reply.value("Session-Timeout"))).isLessThanOrEqualTo(3600L);
        assertThat(counter(UNTRUSTED, "reason=\"forged\"")).as("the forged plan counted").isGreaterThan(untrusted);
    }
}
