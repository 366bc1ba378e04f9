package org.hotspot.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One Secret key per calling service feeds both the caller's {@code hotspot.service-token} and the
 * receivers' {@code hotspot.service-tokens.<caller>}. While it holds two tokens for a rotation, the
 * caller sends only the first, and receivers reading the same value admit it.
 */
class ServiceTokenRotationTest {

    private static final String OLD = "old-router-gateway-token-0123456789";
    private static final String NEW = "new-router-gateway-token-0123456789";

    @Test
    void duringARotationTheCallerSendsTheFirstTokenAndReceiversAdmitIt() {
        for (String key : new String[] {OLD + "," + NEW, NEW + ", " + OLD, NEW}) {
            String sent = new ServiceToken(Optional.of(key)).value();

            assertThat(sent).isEqualTo(key.split(",")[0].trim());
            assertThat(receiverKnowing(key).callerOf(sent.getBytes(StandardCharsets.UTF_8)))
                    .as("a receiver given %s admits what the caller sends", key)
                    .isEqualTo("router-gateway");
        }
    }

    @Test
    void noTokenConfiguredSendsNone() {
        assertThat(new ServiceToken(Optional.empty()).value()).isEmpty();
    }

    private static ServiceAuthentication receiverKnowing(String key) {
        return new ServiceAuthentication(new SmallRyeConfigBuilder()
                .withSources(
                        new PropertiesConfigSource(Map.of("hotspot.service-tokens.router-gateway", key), "test", 100))
                .build());
    }
}
