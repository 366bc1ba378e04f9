package org.hotspot.auth;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hotspot.common.security.Role;

/** auth-service's HTTP API as tests call it, each caller from its own client address. */
final class Api {

    static final String ADMIN_PASSWORD = "platform-s3cret-pass-0001";
    static final String PASSWORD = "correct-horse-battery-staple";

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private Api() {
    }

    /** A client address no other test uses, so throttling counts stay apart. */
    static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address).contentType("application/json");
    }

    static RequestSpecification as(String token) {
        return from(newAddress()).auth().oauth2(token);
    }

    static ValidatableResponse login(String username, String password, String totp, String address) {
        Map<String, Object> body = totp == null
                ? Map.of("username", username, "password", password)
                : Map.of("username", username, "password", password, "totp", totp);
        return from(address).body(body).when().post("/api/auth/login").then();
    }

    static String accessToken(String username, String password) {
        return login(username, password, null, newAddress()).statusCode(200).extract().path("accessToken");
    }

    static String adminToken() {
        return accessToken("admin", ADMIN_PASSWORD);
    }

    static String newOrganization(String adminToken) {
        return as(adminToken).body(Map.of("name", "ISP " + UUID.randomUUID(), "requireTotp", false))
                .when().post("/api/organizations")
                .then().statusCode(201).extract().path("id");
    }

    /** A new operator of the role in the organization; its username. */
    static String newOperator(String token, String organizationId, Role role) {
        String username = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
        as(token).body(Map.of("username", username, "password", PASSWORD, "role", role.name(),
                "organizationId", organizationId))
                .when().post("/api/operators")
                .then().statusCode(201);
        return username;
    }

    static String idOf(String token, String username) {
        return as(token).when().get("/api/operators")
                .then().statusCode(200)
                .extract().jsonPath().param("u", username).getString("find { it.username == u }.id");
    }
}
