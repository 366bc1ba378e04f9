package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.voucher.Fixtures.authorize;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hotspot.events.voucher.ProjectionKeys;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.Test;

/**
 * The plan's terms are kept in memory once read, and their Redis entry is not rewritten at every
 * login; an entry Redis lost (a restart, an eviction) is written again by the next login that finds
 * the voucher's entry without it, so router-gateway can answer that plan's re-logins again.
 */
@QuarkusTest
@WithAuthService
class LostPlanEntryTest {

    @InjectAuthService
    AuthService auth;

    @Inject
    RedisDataSource redis;

    @Test
    void aPlanEntryRedisLostIsWrittenAgainByTheNextLogin() {
        String organization = auth.newOrganization();
        String operator = auth.tokenFor(organization, "OPERATOR");
        String profile = Fixtures.profile(operator, Fixtures.plan("lost plan entry"));
        String code = Fixtures.oneCode(operator, profile);
        String planKey = ProjectionKeys.plan(organization, profile, 0);

        assertThat(authorize(organization, code, "nas-1", "aa-bb-cc-20-00-01", "s1").getBoolean("accept")).isTrue();
        assertThat(redis.key().exists(planKey)).as("the plan's entry after a first use").isTrue();

        redis.key().del(planKey);
        assertThat(authorize(organization, code, "nas-1", "aa-bb-cc-20-00-01", "s2").getBoolean("accept")).isTrue();

        assertThat(redis.key().exists(planKey)).as("the plan's entry after the next login").isTrue();
    }
}
