package org.hotspot.voucher;

import io.quarkus.test.junit.QuarkusTest;
import org.hotspot.testing.TokenAcceptanceTest;
import org.hotspot.testing.WithAuthService;

/** voucher-service verifies tokens from the real auth-service through its JWKS and refuses bad ones. */
@QuarkusTest
@WithAuthService
class VoucherTokenTest extends TokenAcceptanceTest {
}
