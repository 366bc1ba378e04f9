package org.hotspot.session;

import io.quarkus.test.junit.QuarkusTest;
import org.hotspot.testing.TokenAcceptanceTest;
import org.hotspot.testing.WithAuthService;

/** session-service verifies tokens from the real auth-service through its JWKS and refuses bad ones. */
@QuarkusTest
@WithAuthService
class SessionTokenTest extends TokenAcceptanceTest {
}
