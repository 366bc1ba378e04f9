package org.hotspot.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service's copy of the revocation watermarks: a watermark only moves forward (a replayed
 * older answer cannot un-revoke anyone), and a copy auth-service has not refreshed within the
 * staleness bound is not trusted.
 */
class RevokedOperatorsTest {

    @Test
    void aTokenIssuedBeforeTheWatermarkIsRevokedAndOneIssuedAtItIsNot() {
        RevokedOperators revoked = new RevokedOperators(Duration.ofSeconds(30));
        revoked.merge(Map.of("op-1", 1_000L));

        assertThat(revoked.revoked("op-1", 999)).isTrue();
        assertThat(revoked.revoked("op-1", 1_000)).isFalse();
        assertThat(revoked.revoked("op-2", 1)).isFalse();
    }

    @Test
    void anOlderWatermarkNeverMovesItBack() {
        RevokedOperators revoked = new RevokedOperators(Duration.ofSeconds(30));
        revoked.merge(Map.of("op-1", 2_000L));
        revoked.merge(Map.of("op-1", 1_000L));

        assertThat(revoked.revoked("op-1", 1_500)).isTrue();
    }

    @Test
    void aCopyNotRefreshedWithinTheBoundIsNotTrusted() throws InterruptedException {
        RevokedOperators revoked = new RevokedOperators(Duration.ofMillis(200));
        revoked.merge(Map.of());
        revoked.trusted().await().atMost(Duration.ofSeconds(1));

        Thread.sleep(400);

        assertThatThrownBy(() -> revoked.trusted().await().atMost(Duration.ofSeconds(1)))
                .isInstanceOf(RevocationsUnavailable.class);
    }

    @Test
    void beforeTheFirstListRequestsWaitAtMostTheBound() {
        RevokedOperators revoked = new RevokedOperators(Duration.ofMillis(200));

        assertThatThrownBy(() -> revoked.trusted().await().atMost(Duration.ofSeconds(5)))
                .isInstanceOf(RevocationsUnavailable.class);
    }
}
