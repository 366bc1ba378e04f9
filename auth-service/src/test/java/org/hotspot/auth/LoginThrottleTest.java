package org.hotspot.auth;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.hotspot.common.security.Role;
import org.hotspot.testing.KafkaTestResource;
import org.hotspot.testing.MongoTestResource;
import org.hotspot.testing.RedisTestResource;
import org.junit.jupiter.api.Test;

/** Failed logins are throttled per username and per address (limit 5, window 3 s in tests). */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(MongoTestResource.class)
class LoginThrottleTest {

    @Test
    void aUsernameIsThrottledAfterFiveFailuresEvenFromManyAddressesAndRecoversAfterTheWindow() {
        String admin = Api.adminToken();
        String username = Api.newOperator(admin, Api.newOrganization(admin), Role.OPERATOR);
        for (int i = 0; i < 5; i++) {
            Api.login(username, "wrong-password-" + i, null, Api.newAddress()).statusCode(401);
        }

        Api.login(username, Api.PASSWORD, null, Api.newAddress())
                .statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-3]"))
                .body("type", is("/problems/too-many-attempts"));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                Api.login(username, Api.PASSWORD, null, Api.newAddress()).statusCode(200));
    }

    @Test
    void attemptsFiredInParallelCannotSlipPastTheLimit() throws Exception {
        String admin = Api.adminToken();
        String username = Api.newOperator(admin, Api.newOrganization(admin), Role.OPERATOR);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String guess = "parallel-guess-" + i;
                answers.add(pool.submit(() -> Api.login(username, guess, null, Api.newAddress())
                        .extract().statusCode()));
            }
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            org.assertj.core.api.Assertions.assertThat(statuses).filteredOn(status -> status == 401).hasSize(5);
            org.assertj.core.api.Assertions.assertThat(statuses).filteredOn(status -> status == 429).hasSize(15);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAddressIsThrottledAfterFiveFailuresAcrossUsernames() {
        String address = Api.newAddress();
        for (int i = 0; i < 5; i++) {
            Api.login("someone-" + i, "wrong-password-" + i, null, address).statusCode(401);
        }

        Api.login("admin", Api.ADMIN_PASSWORD, null, address).statusCode(429);
        Api.login("admin", Api.ADMIN_PASSWORD, null, Api.newAddress()).statusCode(200);
    }
}
