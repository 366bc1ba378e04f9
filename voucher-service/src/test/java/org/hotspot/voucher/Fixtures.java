package org.hotspot.voucher;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hotspot.common.security.ServiceAuthentication;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.session.VoucherUsage;
import org.hotspot.events.session.VoucherUsage.OpenSession;
import org.hotspot.testing.Topic;

/** What voucher tests do over and over, through the service's real HTTP API. */
final class Fixtures {

    /** router-gateway's service token in the test profile (src/test/resources/META-INF/microprofile-config.properties). */
    static final String GATEWAY_TOKEN = "test-only-router-gateway-token-0123456789";
    /** portal-web's, which only the QR, precheck and voucher-status endpoints admit. */
    static final String PORTAL_TOKEN = "test-only-portal-web-token-0123456789";

    private Fixtures() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** A request from router-gateway, with its own service token. */
    static RequestSpecification asService() {
        return given().header(ServiceAuthentication.HEADER, GATEWAY_TOKEN).contentType("application/json");
    }

    /** A request from portal-web, with its own service token. */
    static RequestSpecification asPortal() {
        return given().header(ServiceAuthentication.HEADER, PORTAL_TOKEN).contentType("application/json");
    }

    static Map<String, Object> plan(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("price", 2.5);
        body.put("currency", "USD");
        body.put("rateLimit", "4M/2M");
        body.put("sharedUsers", 1);
        return body;
    }

    static String profile(String token, Map<String, Object> body) {
        return as(token).body(body).when().post("/api/profiles").then().statusCode(201).extract().path("id");
    }

    static String profile(String token) {
        return profile(token, plan("plan " + UUID.randomUUID()));
    }

    static JsonPath orderBatch(String token, Map<String, Object> body) {
        return as(token).body(body).when().post("/api/batches").then().statusCode(202).extract().jsonPath();
    }

    static Map<String, Object> batchOf(String profileId, int count) {
        Map<String, Object> body = new HashMap<>();
        body.put("profileId", profileId);
        body.put("count", count);
        return body;
    }

    /** Orders a batch and waits until it is READY; its id. */
    static String readyBatch(String token, Map<String, Object> body) {
        String id = orderBatch(token, body).getString("id");
        awaitState(token, id, "READY");
        return id;
    }

    static String readyBatch(String token, String profileId, int count) {
        return readyBatch(token, batchOf(profileId, count));
    }

    static JsonPath awaitState(String token, String batchId, String state) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonPath batch =
                    as(token).when().get("/api/batches/" + batchId).then().statusCode(200).extract().jsonPath();
            if (batch.getString("state").equals(state)) {
                return batch;
            }
            assertThat(Instant.now()).as("batch %s still %s", batchId, batch.getString("state")).isBefore(deadline);
            sleep(50);
        }
    }

    /** The batch's codes, in serial order. */
    static List<String> codes(String token, String batchId) {
        return as(token).queryParam("size", 1000).when().get("/api/batches/" + batchId + "/vouchers")
                .then().statusCode(200).extract().jsonPath().getList("vouchers.code", String.class);
    }

    static String oneCode(String token, String profileId) {
        return codes(token, readyBatch(token, profileId, 1)).get(0);
    }

    static JsonPath authorize(String organization, String code, String nas, String mac, String session) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organization);
        body.put("code", code);
        body.put("nasId", nas);
        body.put("site", "site-a");
        body.put("mac", mac);
        body.put("ip", "10.5.50.2");
        body.put("sessionId", session);
        return asService().body(body).when().post("/internal/authorize").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath voucher(String token, String code) {
        return as(token).when().get("/api/vouchers/" + code).then().statusCode(200).extract().jsonPath();
    }

    /** session-service's usage totals of the voucher, one session open, as they come on session-events. */
    static void usage(String bootstrap, String organization, String voucherId, long seconds, long in, long out,
            Instant asOf) {
        VoucherUsage usage = new VoucherUsage(voucherId, seconds, in, out,
                List.of(new OpenSession("s1", "AA:BB:CC:10:00:01", "nas-1")), asOf);
        Event<VoucherUsage> event = Event.of(VoucherUsage.TYPE, organization, usage, Clock.systemUTC());
        Topic.send(bootstrap, "session-events", voucherId, new String(new EventCodec().encode(event), UTF_8));
    }

    /** Waits until the voucher's field reads as expected, as usage and sweeps change it in the background. */
    static void awaitField(String token, String code, String field, String expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        String actual;
        while (!(actual = voucher(token, code).getString(field)).equals(expected)) {
            assertThat(Instant.now()).as("%s still %s, not %s", field, actual, expected).isBefore(deadline);
            sleep(100);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
