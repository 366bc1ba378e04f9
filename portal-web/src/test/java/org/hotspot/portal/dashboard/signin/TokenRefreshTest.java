package org.hotspot.portal.dashboard.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.hotspot.portal.dashboard.DashboardBrowser;
import org.hotspot.portal.dashboard.DashboardBrowser.Session;
import org.hotspot.portal.dashboard.DashboardUsers;
import org.hotspot.portal.pages.RealBackends;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithRouterGateway;
import org.junit.jupiter.api.Test;

/**
 * The access token is refreshed before it expires, against the real auth-service, which rotates the
 * refresh token each time: here every request is "shortly before expiry", so each one refreshes
 * with the token the last one stored, and many requests at once refresh once (the others keep the
 * still valid token) instead of presenting one refresh token twice.
 */
@QuarkusTest
@WithRouterGateway
@TestProfile(TokenRefreshTest.RefreshEveryRequest.class)
class TokenRefreshTest {

    /** A refresh-ahead longer than access tokens live: every request refreshes. */
    public static class RefreshEveryRequest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> settings = new HashMap<>(new RealBackends().getConfigOverrides());
            settings.put("hotspot.dashboard.refresh-ahead", "PT11M");
            return settings;
        }
    }

    @InjectAuthService
    AuthService auth;

    @Inject
    RedisDataSource redis;

    @Test
    void eachRefreshUsesTheRotatedTokenAndConcurrentRequestsRefreshOnce() throws Exception {
        Session session = DashboardBrowser.signIn(DashboardUsers.organization(auth, "en").user("OPERATOR"));
        String key = "portal:session:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(session.cookies().get("__Host-hotspot").getBytes(StandardCharsets.UTF_8)));

        for (int i = 0; i < 3; i++) {
            String before = redis.value(String.class).get(key);
            assertThat(session.given().when().get("/dashboard/account").statusCode()).as("request %d", i)
                    .isEqualTo(200);
            assertThat(redis.value(String.class).get(key)).as("the record after refresh %d", i).isNotEqualTo(before);
        }

        List<CompletableFuture<Integer>> together = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> session.given().when().get("/dashboard")
                        .statusCode()))
                .toList();
        assertThat(together.stream().map(CompletableFuture::join).toList()).containsOnly(200);
        assertThat(session.given().when().get("/api/profiles").statusCode()).isEqualTo(200);
    }
}
