package org.hotspot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.hamcrest.Matchers;
import org.hotspot.auth.service.Totp;
import org.hotspot.common.security.Role;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

/** TOTP second factor: enrolment, login with codes, replay refused, and an organization requiring it. */
@QuarkusTest
@WithKafkaRedisAndMongo
class TotpTest {

    @Inject
    ReactiveMongoClient mongo;

    @Test
    void theSeedIsStoredSealedNeverInClear() {
        String admin = Api.adminToken();
        String username = Api.newOperator(admin, Api.newOrganization(admin), Role.OPERATOR);
        String secret = enrol(username);

        Document stored = mongo.getDatabase("hotspot-auth").getCollection("operators")
                .find(new Document("username", username)).collect().first().await().atMost(Duration.ofSeconds(10));

        assertThat(stored.getString("totpSecret")).startsWith("v1:").doesNotContain(secret);
    }

    @Test
    void enrolThenEveryLoginNeedsAFreshCode() {
        String admin = Api.adminToken();
        String username = Api.newOperator(admin, Api.newOrganization(admin), Role.OPERATOR);
        String secret = enrol(username);
        long step = Instant.now().getEpochSecond() / Totp.STEP_SECONDS;

        Api.login(username, Api.PASSWORD, Totp.code(secret, step), Api.newAddress()).statusCode(200);

        Api.login(username, Api.PASSWORD, null, Api.newAddress()).statusCode(401)
                .body("type", is("/problems/totp-required"));
        Api.login(username, Api.PASSWORD, Totp.code(secret, step), Api.newAddress()).statusCode(401)
                .body("type", is("/problems/totp-code-used"))
                .body("detail", Matchers.containsString("wait for the next code"));
        Api.login(username, Api.PASSWORD, "000000".equals(Totp.code(secret, step + 1)) ? "111111" : "000000",
                Api.newAddress()).statusCode(401);
        Api.login(username, Api.PASSWORD, Totp.code(secret, step + 1), Api.newAddress()).statusCode(200);

        Api.from(Api.newAddress()).body(Map.of("username", username, "password", Api.PASSWORD))
                .when().post("/api/auth/totp/enrolment").then().statusCode(409);
    }

    @Test
    void anOrganizationThatRequiresTotpRefusesOperatorsWithoutIt() {
        String admin = Api.adminToken();
        String organization = Api.newOrganization(admin);
        String username = Api.newOperator(admin, organization, Role.OPERATOR);
        Api.as(admin).body(Map.of("name", "Strict ISP", "requireTotp", true))
                .when().put("/api/organizations/" + organization).then().statusCode(200)
                .body("requireTotp", is(true));

        Api.login(username, Api.PASSWORD, null, Api.newAddress()).statusCode(401)
                .body("type", is("/problems/totp-enrolment-required"));

        String secret = enrol(username);
        Api.login(username, Api.PASSWORD, null, Api.newAddress()).statusCode(401)
                .body("type", is("/problems/totp-required"));
        long step = Instant.now().getEpochSecond() / Totp.STEP_SECONDS;
        Api.login(username, Api.PASSWORD, Totp.code(secret, step), Api.newAddress()).statusCode(200);
    }

    @Test
    void anAdminResetsALostSecondFactorAndTheOperatorEnrolsAgain() {
        String admin = Api.adminToken();
        String organization = Api.newOrganization(admin);
        String username = Api.newOperator(admin, organization, Role.OPERATOR);
        String lost = enrol(username);
        Api.login(username, Api.PASSWORD, Totp.code(lost, Instant.now().getEpochSecond() / Totp.STEP_SECONDS),
                Api.newAddress()).statusCode(200);

        Api.as(admin).when().delete("/api/operators/" + LoginTest.idOfIn(admin, organization, username) + "/totp")
                .then().statusCode(200).body("totpEnabled", is(false));

        Api.login(username, Api.PASSWORD, null, Api.newAddress()).statusCode(200);
        String fresh = enrol(username);
        Api.login(username, Api.PASSWORD, Totp.code(fresh, Instant.now().getEpochSecond() / Totp.STEP_SECONDS),
                Api.newAddress()).statusCode(200);
    }

    /** Five enrolments are five right passwords: the next login must not be throttled as the sixth failure. */
    @Test
    void enrolmentWithTheRightPasswordIsNoFailedLogin() throws Exception {
        String admin = Api.adminToken();
        String username = Api.newOperator(admin, Api.newOrganization(admin), Role.OPERATOR);
        // In parallel, so all five fall in one throttle window (15 s in tests) even on a slow machine.
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<String>> enrolments = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                enrolments.add(pool.submit(() -> enrol(username)));
            }
            for (Future<String> enrolment : enrolments) {
                enrolment.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Api.login(username, Api.PASSWORD, null, Api.newAddress()).statusCode(200);
    }

    @Test
    void enrolmentNeedsTheRightPassword() {
        Api.from(Api.newAddress()).body(Map.of("username", "admin", "password", "wrong-password-here"))
                .when().post("/api/auth/totp/enrolment").then().statusCode(401);
    }

    private static String enrol(String username) {
        return Api.from(Api.newAddress()).body(Map.of("username", username, "password", Api.PASSWORD))
                .when().post("/api/auth/totp/enrolment")
                .then().statusCode(200)
                .body("otpauthUri", startsWith("otpauth://totp/Hotspot:" + username + "?secret="))
                .extract().path("secret");
    }
}
