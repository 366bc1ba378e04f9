package org.hotspot.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The real voucher-service, running for a test: the vouchers a scenario needs are made through its
 * public API, as an operator would make them, so the Redis projection and the events they leave
 * are the ones production leaves. Tokens come from {@link AuthService#tokenFor(String, String)}.
 *
 * @param url           its base URL
 * @param managementUrl its management interface (health, metrics), apart from the public port
 * @param lookupKey    the HMAC key codes are looked up by (base64), as router-gateway needs it
 * @param projectionKeys the keyring MAC'ing the Redis projection, as router-gateway needs it
 */
public record VoucherService(String url, String managementUrl, String lookupKey, String projectionKeys) {

    private static final Duration BATCH_READY = Duration.ofSeconds(60);

    /**
     * A new profile with these fields ({@code POST /api/profiles}); its id. Name, price and
     * currency, which every profile needs, default to a unique name, 1 and USD, so a test states
     * only the quota or limit it is about.
     */
    public String newProfile(String token, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name", "Plan " + UUID.randomUUID(), "price", 1, "currency", "USD"));
        body.putAll(fields);
        return as(token).body(body)
                .when().post("/api/profiles")
                .then().statusCode(201)
                .extract().path("id");
    }

    /**
     * A batch of {@code count} vouchers of the profile ({@code POST /api/batches}), once READY: the
     * codes are made in the background after the 202, and a test needs them usable.
     */
    public String newBatch(String token, String profileId, int count) {
        String id = as(token).body(Map.of("profileId", profileId, "count", count))
                .when().post("/api/batches")
                .then().statusCode(202)
                .extract().path("id");
        String state = await("batch " + id + " generated").atMost(BATCH_READY).pollInterval(Duration.ofMillis(200))
                .until(() -> batchState(token, id), s -> "READY".equals(s) || "FAILED".equals(s));
        if (!"READY".equals(state)) {
            throw new IllegalStateException("batch " + id + " ended " + state);
        }
        return id;
    }

    /** The batch's codes in serial order, read page by page from {@code GET /api/batches/{id}/vouchers}. */
    @SuppressWarnings("unchecked")
    public List<String> codes(String token, String batchId) {
        List<String> codes = new ArrayList<>();
        int total;
        int page = 0;
        do {
            Map<String, Object> found = as(token).queryParam("page", page++).queryParam("size", 1000)
                    .when().get("/api/batches/{id}/vouchers", batchId)
                    .then().statusCode(200)
                    .extract().as(Map.class);
            total = (Integer) found.get("total");
            List<Map<String, Object>> vouchers = (List<Map<String, Object>>) found.get("vouchers");
            if (vouchers.isEmpty()) {
                break;
            }
            vouchers.forEach(voucher -> codes.add((String) voucher.get("code")));
        } while (codes.size() < total);
        return codes;
    }

    /** The voucher as {@code GET /api/vouchers/{code}} answers it. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> voucher(String token, String code) {
        return as(token).when().get("/api/vouchers/{code}", code)
                .then().statusCode(200)
                .extract().as(Map.class);
    }

    /** Revokes the voucher, for good; the voucher as it now is. */
    public Map<String, Object> revoke(String token, String code) {
        return transition(token, code, "revoke");
    }

    /** Disables the voucher until {@link #enable} is called; the voucher as it now is. */
    public Map<String, Object> disable(String token, String code) {
        return transition(token, code, "disable");
    }

    /** Enables a disabled voucher again; the voucher as it now is. */
    public Map<String, Object> enable(String token, String code) {
        return transition(token, code, "enable");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> transition(String token, String code, String action) {
        return as(token).when().post("/api/vouchers/{code}/" + action, code)
                .then().statusCode(200)
                .extract().as(Map.class);
    }

    private String batchState(String token, String batchId) {
        return as(token).when().get("/api/batches/{id}", batchId)
                .then().statusCode(200)
                .extract().path("state");
    }

    private RequestSpecification as(String token) {
        return given().baseUri(url).contentType("application/json").auth().oauth2(token);
    }
}
