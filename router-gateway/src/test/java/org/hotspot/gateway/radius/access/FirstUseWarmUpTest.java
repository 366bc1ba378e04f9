package org.hotspot.gateway.radius.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotspot.testing.Management;
import org.hotspot.testing.WithVoucherService;
import org.junit.jupiter.api.Test;

/**
 * A fresh router-gateway runs its first-login path before readiness says UP: every round asked the
 * real voucher-service (which answered: none failed), the readiness check names the warm-up and its
 * rounds, and no login was counted for it.
 */
@QuarkusTest
@TestProfile(FirstUseWarmUpTest.SomeRounds.class)
@WithVoucherService
class FirstUseWarmUpTest {

    private static final int ROUNDS = 300;

    /** Warm-up on, as in production, with fewer rounds. */
    public static class SomeRounds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hotspot.warm-up.rounds", Integer.toString(ROUNDS));
        }
    }

    @Test
    void readinessComesAfterTheWarmUpAskedVoucherServiceEveryRound() {
        // The first answer that says ready: by then every round has run. (That readiness stays DOWN
        // while rounds run is WarmUpRunnerTest's; here the rounds may all be done before the first poll.)
        Response ready = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> Management.given().when().get("/q/health/ready"), poll -> poll.statusCode() == 200);
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'warm-up' }.status")).isEqualTo("UP");
        assertThat(ready.jsonPath().getInt("checks.find { it.name == 'warm-up' }.data.rounds")).isEqualTo(ROUNDS);

        String metrics = Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(counter(metrics, "ok")).isEqualTo(ROUNDS);
        assertThat(counter(metrics, "failed")).isZero();
        assertThat(metrics).doesNotContainPattern("(?m)^hotspot_gateway_(decisions|radius_access)_total\\{");
    }

    private static long counter(String metrics, String result) {
        Matcher line = Pattern.compile("(?m)^hotspot_warm_up_rounds_total\\{[^}]*result=\"" + result
                + "\"[^}]*warm_up=\"radius-first-use\"[^}]*} (\\S+)$").matcher(metrics);
        return line.find() ? (long) Double.parseDouble(line.group(1)) : 0;
    }
}
