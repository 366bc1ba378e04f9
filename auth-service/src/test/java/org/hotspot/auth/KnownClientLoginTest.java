package org.hotspot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hotspot.common.security.Role;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

/**
 * A client that logged in before carries a signed device cookie; with it, the right password is
 * never refused because strangers are guessing the same account (OWASP "device cookies"). Its
 * presenter has a small budget of its own instead (3 failures in tests).
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class KnownClientLoginTest {

    private static final String COOKIE = "hotspot_device";

    @Test
    void theAdminStillLogsInFromAKnownClientWhileAnAttackerIsSlowed() throws InterruptedException {
        // An organization's admin of this test's own: the throttle's window on a username starts at
        // its first attempt, and the platform admin's may have been opened by another test seconds ago.
        String platformAdmin = Api.adminToken();
        String admin = Api.newOperator(platformAdmin, Api.newOrganization(platformAdmin), Role.ORG_ADMIN);
        ExtractableResponse<Response> first = Api.login(admin, Api.PASSWORD, null, Api.newAddress())
                .statusCode(200)
                .body("deviceToken", notNullValue())
                .extract();
        String device = first.cookie(COOKIE);
        assertThat(device).isEqualTo(first.path("deviceToken"));
        assertThat(first.header("Set-Cookie")).containsIgnoringCase("HttpOnly").contains("Secure")
                .contains("SameSite=Strict").contains("Max-Age=");

        // The attacker guesses from ever new addresses, and from one address over and over; all at once,
        // so that what follows falls in the tests' 15 s window even on a slow machine.
        String attackerAddress = Api.newAddress();
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String guess = "guess-" + i;
            guesses.add(() -> Api.login(admin, guess, null, Api.newAddress()).extract().statusCode());
        }
        for (int i = 0; i < 4; i++) {
            String guess = "guess-again-" + i;
            guesses.add(() -> Api.login(admin, guess, null, attackerAddress).extract().statusCode());
        }
        List<Integer> attacker = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(guesses.size());
        try {
            for (Future<Integer> answer : pool.invokeAll(guesses)) {
                attacker.add(answer.get());
            }
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            pool.shutdown();
        }
        assertThat(attacker).containsOnly(401, 429).contains(429);
        Api.login(admin, Api.PASSWORD, null, Api.newAddress()).statusCode(429);

        // The admin, from a known client at yet another address: in, with cookie or body field.
        loginWithCookie(admin, Api.PASSWORD, device, Api.newAddress()).statusCode(200);
        loginWithToken(admin, Api.PASSWORD, device, Api.newAddress()).statusCode(200);
        // A forged or altered token is no known client.
        String altered = device.substring(0, device.length() - 2) + (device.endsWith("AA") ? "BB" : "AA");
        loginWithCookie(admin, Api.PASSWORD, altered, Api.newAddress()).statusCode(429);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> Api.login(admin, Api.PASSWORD, null, Api.newAddress()).statusCode(200));
    }

    @Test
    void aDeviceTokenOpensOnlyItsOwnAccountAndHasASmallBudgetOfItsOwn() {
        String admin = Api.adminToken();
        String organization = Api.newOrganization(admin);
        String username = Api.newOperator(admin, organization, Role.OPERATOR);
        String other = Api.newOperator(admin, organization, Role.OPERATOR);
        String device = Api.login(username, Api.PASSWORD, null, Api.newAddress()).statusCode(200)
                .extract().cookie(COOKIE);
        String othersDevice = Api.login(other, Api.PASSWORD, null, Api.newAddress()).statusCode(200)
                .extract().cookie(COOKIE);

        for (int i = 0; i < 8; i++) {
            Api.login(username, "guess-" + i, null, Api.newAddress()).statusCode(401);
        }
        // Another operator's token is no pass for this account.
        loginWithCookie(username, Api.PASSWORD, othersDevice, Api.newAddress()).statusCode(429);

        // Its own token: three tries of its own, not shared with the strangers above.
        String known = Api.newAddress();
        for (int i = 0; i < 3; i++) {
            loginWithCookie(username, "typo-" + i, device, known).statusCode(401);
        }
        loginWithCookie(username, Api.PASSWORD, device, known).statusCode(429);
    }

    private static ValidatableResponse loginWithCookie(String username, String password, String device,
            String address) {
        return Api.from(address).cookie(COOKIE, device).body(Map.of("username", username, "password", password))
                .when().post("/api/auth/login").then();
    }

    /** As a proxy (the dashboard) sends it, where the browser's cookie cannot pass. */
    private static ValidatableResponse loginWithToken(String username, String password, String device,
            String address) {
        return Api.from(address).body(Map.of("username", username, "password", password, "deviceToken", device))
                .when().post("/api/auth/login").then();
    }
}
