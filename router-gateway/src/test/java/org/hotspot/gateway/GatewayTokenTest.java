package org.hotspot.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.hotspot.testing.TokenAcceptanceTest;
import org.hotspot.testing.WithAuthService;

/** router-gateway verifies tokens from the real auth-service through its JWKS and refuses bad ones. */
@QuarkusTest
@WithAuthService
class GatewayTokenTest extends TokenAcceptanceTest {
}
