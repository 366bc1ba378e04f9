package org.hotspot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hotspot.common.security.Role;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

/**
 * Failed logins slow the one (username, client address) pair down with delays that grow, and only
 * much higher ceilings per username and per address refuse everyone (tests: 3 free failures, then
 * 1 s, 2 s, 4 s; 8 per username and 12 per address in a 15 s window).
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class LoginThrottleTest {

    @Test
    void oneClientsFailuresAreSlowedByDelaysThatGrow() throws InterruptedException {
        String admin = Api.adminToken();
        String username = Api.newOperator(admin, Api.newOrganization(admin), Role.OPERATOR);
        String address = Api.newAddress();
        for (int i = 0; i < 3; i++) {
            Api.login(username, "wrong-password-" + i, null, address).statusCode(401);
        }

        Api.login(username, Api.PASSWORD, null, address)
                .statusCode(429).contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", is("/problems/too-many-attempts"));
        Thread.sleep(1_100);
        Api.login(username, "wrong-password-3", null, address).statusCode(401);
        Api.login(username, Api.PASSWORD, null, address).statusCode(429).header("Retry-After", "2");
        Thread.sleep(2_100);

        Api.login(username, Api.PASSWORD, null, address).statusCode(200);
        // The right password wiped the slate: the next typo is free again.
        Api.login(username, "wrong-password-4", null, address).statusCode(401);
    }

    @Test
    void theCeilingPerUsernameHoldsAgainstRotatingAddressesAndEndsWithTheWindow() {
        String admin = Api.adminToken();
        String username = Api.newOperator(admin, Api.newOrganization(admin), Role.OPERATOR);
        for (int i = 0; i < 8; i++) {
            Api.login(username, "wrong-password-" + i, null, Api.newAddress()).statusCode(401);
        }

        Api.login(username, Api.PASSWORD, null, Api.newAddress())
                .statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9]|1[0-5]"))
                .body("type", is("/problems/too-many-attempts"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> Api.login(username, Api.PASSWORD, null, Api.newAddress()).statusCode(200));
    }

    @Test
    void attemptsFiredInParallelCannotSlipPastTheCeiling() throws Exception {
        String admin = Api.adminToken();
        String username = Api.newOperator(admin, Api.newOrganization(admin), Role.OPERATOR);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String guess = "parallel-guess-" + i;
                answers.add(pool.submit(() -> Api.login(username, guess, null, Api.newAddress())
                        .extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(status -> status == 401).hasSize(8);
            assertThat(statuses).filteredOn(status -> status == 429).hasSize(12);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneOperatorsTyposDoNotLockOutTheOthersBehindTheSameOfficeAddress() {
        String admin = Api.adminToken();
        String organization = Api.newOrganization(admin);
        String clumsy = Api.newOperator(admin, organization, Role.OPERATOR);
        String colleague = Api.newOperator(admin, organization, Role.OPERATOR);
        String manager = Api.newOperator(admin, organization, Role.ORG_ADMIN);
        String office = Api.newAddress();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            statuses.add(Api.login(clumsy, "wrong-password-" + i, null, office).extract().statusCode());
        }
        assertThat(statuses).containsOnly(401, 429).contains(429);

        Api.login(colleague, Api.PASSWORD, null, office).statusCode(200);
        Api.login(manager, Api.PASSWORD, null, office).statusCode(200);
    }

    @Test
    void theCeilingPerAddressStillStopsOneAddressGuessingAcrossUsernames() {
        String address = Api.newAddress();
        for (int i = 0; i < 12; i++) {
            Api.login("someone-" + i, "wrong-password-" + i, null, address).statusCode(401);
        }

        Api.login("admin", Api.ADMIN_PASSWORD, null, address).statusCode(429);
        Api.login("admin", Api.ADMIN_PASSWORD, null, Api.newAddress()).statusCode(200);
    }
}
