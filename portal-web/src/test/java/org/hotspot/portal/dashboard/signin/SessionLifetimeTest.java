package org.hotspot.portal.dashboard.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.dashboard.DashboardUsers.User;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithRouterGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A dashboard session lives in Redis, sealed, for as long as it is used: each request gives it the
 * idle time-out again, a session left idle is gone, and signing out ends it for good, the old cookie
 * included.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(RealBackends.class)
class SessionLifetimeTest {

    private static final long IDLE_MILLIS = 30 * 60 * 1000;

    @InjectAuthService
    AuthService auth;

    @Inject
    RedisDataSource redis;

    private User operator;
    private Session session;
    private String key;

    @BeforeEach
    void signedIn() throws Exception {
        operator = DashboardUsers.organization(auth, "en").user("ORG_ADMIN");
        session = DashboardBrowser.signIn(operator);
        String id = session.cookies().get("__Host-hotspot");
        key = "portal:session:" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theRecordIsSealedAndEachRequestGivesItTheIdleTimeOutAgain() {
        String stored = redis.value(String.class).get(key);
        assertThat(stored).startsWith("v1:").doesNotContain(operator.username()).doesNotContain("eyJ");

        redis.key().pexpire(key, 60_000);
        assertThat(session.given().when().get("/dashboard/account").statusCode()).isEqualTo(200);

        assertThat(redis.key().pttl(key)).isBetween(IDLE_MILLIS - 60_000, IDLE_MILLIS);
    }

    @Test
    void aSessionLeftIdleIsGoneAndThePageAsksForASignIn() throws Exception {
        redis.key().pexpire(key, 1);
        Thread.sleep(20);

        Response page = session.given().when().get("/dashboard/account");

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.header("Location")).contains("/dashboard/sign-in?next=");
    }

    @Test
    void signingOutEndsTheSessionAndTheOldCookieOpensNothing() {
        Response out = session.form().when().post("/dashboard/sign-out");

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/dashboard/sign-in?ended=signed-out");
        assertThat(out.headers().getValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("__Host-hotspot=;")
                && cookie.contains("Max-Age=0"));
        assertThat(redis.key().exists(key)).isFalse();
        assertThat(session.given().when().get("/dashboard").statusCode()).isEqualTo(303);
        assertThat(session.given().when().get("/api/profiles").statusCode()).isEqualTo(401);
    }
}
