package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hotspot.voucher.Fixtures.as;
import static org.hotspot.voucher.Fixtures.authorize;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.hotspot.events.voucher.ProjectionKeys;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.AuthServiceTestResource;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.KafkaTestResource;
import org.hotspot.testing.Management;
import org.hotspot.testing.MongoTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis is an accelerator, never the source of truth: the same requests get the same decisions
 * with Redis warm, stopped, and back empty; a stale entry never grants access.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(StoppableRedisResource.class)
@WithTestResource(MongoTestResource.class)
@WithTestResource(AuthServiceTestResource.class)
class RedisDownTest {

    private static final Pattern CACHE =
            Pattern.compile("hotspot_voucher_cache_total\\{result=\"(\\w+)\"[^}]*} ([0-9.E]+)");

    @InjectAuthService
    AuthService auth;

    @Inject
    RedisDataSource redis;

    @Inject
    MongoClient mongo;

    private String organization;
    private String operator;

    @BeforeEach
    void redisRunsAndAnOrganization() throws IOException {
        if (!redisAnswers()) {
            StoppableRedisResource.startRedis();
        }
        organization = auth.newOrganization();
        operator = auth.tokenFor(organization, "OPERATOR");
    }

    record Ask(String code, String mac, String site) {
    }

    @Test
    void decisionsAreTheSameWithRedisStoppedAndBackEmpty() throws IOException {
        String active = used(Fixtures.plan("basic"));
        String revoked = used(Fixtures.plan("to revoke"));
        as(operator).when().post("/api/vouchers/" + revoked + "/revoke").then().statusCode(200);
        String disabled = used(Fixtures.plan("to disable"));
        as(operator).when().post("/api/vouchers/" + disabled + "/disable").then().statusCode(200);
        Map<String, Object> second = Fixtures.plan("one second");
        second.put("validitySeconds", 1);
        String expired = used(second);
        Fixtures.sleep(1_100);
        Map<String, Object> lockedPlan = Fixtures.plan("locked");
        lockedPlan.put("macLock", true);
        String locked = used(lockedPlan);
        Map<String, Object> siteB = Fixtures.plan("site b");
        siteB.put("sites", List.of("site-b"));
        String elsewhere = Fixtures.oneCode(operator, Fixtures.profile(operator, siteB));

        List<Ask> asks = List.of(new Ask(active, MAC1, "site-a"), new Ask(active, MAC2, "site-a"),
                new Ask(revoked, MAC1, "site-a"), new Ask(disabled, MAC1, "site-a"), new Ask(expired, MAC1, "site-a"),
                new Ask(locked, MAC2, "site-a"), new Ask(locked, MAC1, "site-a"), new Ask(elsewhere, MAC1, "site-a"),
                new Ask("NOSUCHCODE22", MAC1, "site-a"));

        List<String> cold = decide(asks);
        double hitsBefore = cache("hit");
        List<String> warm = decide(asks);
        assertThat(cache("hit")).as("decisions read Redis once warm").isGreaterThan(hitsBefore);
        assertThat(warm).isEqualTo(cold);
        assertThat(cold).containsExactly("accept 4M/2M", "device-limit", "revoked", "disabled", "expired",
                "mac-mismatch", "accept 4M/2M", "wrong-site", "unknown");

        StoppableRedisResource.stopRedis();
        assertThat(redisAnswers()).as("Redis stopped").isFalse();
        double errorsBefore = cache("error");
        assertThat(decide(asks)).isEqualTo(cold);
        assertThat(cache("error")).as("Redis failures are counted").isGreaterThan(errorsBefore);

        // A change made while Redis is down holds once it is back, empty.
        as(operator).when().post("/api/vouchers/" + active + "/revoke").then().statusCode(200);
        List<String> afterRevoke = new ArrayList<>(cold);
        afterRevoke.set(0, "revoked");
        afterRevoke.set(1, "revoked");
        assertThat(decide(asks)).isEqualTo(afterRevoke);
        StoppableRedisResource.startRedis();
        assertThat(decide(asks)).isEqualTo(afterRevoke);
        assertThat(decide(asks)).isEqualTo(afterRevoke);
    }

    @Test
    void aStaleEntryNeverTurnsARejectIntoAnAccept() {
        String code = used(Fixtures.plan("stale"));
        String voucherId = Fixtures.voucher(operator, code).getString("id");
        Document stored = mongo.getDatabase("hotspot-voucher").getCollection("vouchers")
                .find(Filters.eq("_id", voucherId)).first();
        String key = ProjectionKeys.voucher(organization, stored.getString("lookupKey"));
        String whileActive = redis.value(String.class).get(key);
        assertThat(whileActive).contains("\"ACTIVE\"");

        as(operator).when().post("/api/vouchers/" + code + "/revoke").then().statusCode(200);
        assertThat(redis.value(String.class).get(key)).as("the change rewrote the entry at once")
                .contains("\"REVOKED\"");
        // As if the rewrite had been lost: Redis says active, MongoDB says revoked.
        redis.value(String.class).set(key, whileActive);

        assertThat(authorize(organization, code, "nas-1", MAC1, "s9").getString("reason")).isEqualTo("revoked");
        assertThat(authorize(organization, code, "nas-1", MAC1, "s10").getString("reason")).isEqualTo("revoked");
    }

    @Test
    void withoutRedisNoCodeIsPrecheckedUnthrottled() throws IOException {
        String code = used(Fixtures.plan("precheck"));
        Map<String, Object> body = Map.of("organizationId", organization, "code", code, "mac", MAC1,
                "clientAddress", "10.5.50.2");
        StoppableRedisResource.stopRedis();
        Fixtures.asPortal().body(body).when().post("/internal/precheck").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", is("/problems/precheck-unavailable"))
                .header("Retry-After", "5");
        StoppableRedisResource.startRedis();
        // The client reconnects on its own; the first call after the restart may still find the old connection.
        Instant deadline = Instant.now().plusSeconds(10);
        int status;
        while ((status = Fixtures.asPortal().body(body).when().post("/internal/precheck").statusCode()) != 200) {
            assertThat(Instant.now()).as("precheck still %d with Redis back", status).isBefore(deadline);
            Fixtures.sleep(200);
        }
    }

    private static final String MAC1 = "AA:BB:CC:20:00:01";
    private static final String MAC2 = "AA:BB:CC:20:00:02";

    private String used(Map<String, Object> plan) {
        String code = Fixtures.oneCode(operator, Fixtures.profile(operator, plan));
        assertThat(authorize(organization, code, "nas-1", MAC1, "first").getBoolean("accept")).isTrue();
        return code;
    }

    private List<String> decide(List<Ask> asks) {
        List<String> decisions = new ArrayList<>();
        for (Ask ask : asks) {
            JsonPath decision = authorize(organization, ask.code(), "nas-1", ask.mac(), "again");
            decisions.add(decision.getBoolean("accept") ? "accept " + decision.getString("rateLimit")
                    : decision.getString("reason"));
        }
        return decisions;
    }

    private static double cache(String result) {
        String metrics = Management.given().when().get("/q/metrics").then().statusCode(200)
                .extract().asString();
        Matcher matcher = CACHE.matcher(metrics);
        while (matcher.find()) {
            if (matcher.group(1).equals(result)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }

    private static boolean redisAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", StoppableRedisResource.port()), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
