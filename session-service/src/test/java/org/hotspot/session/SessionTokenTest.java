package org.hotspot.session;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.hotspot.testing.AuthServiceTestResource;
import org.hotspot.testing.KafkaTestResource;
import org.hotspot.testing.MongoTestResource;
import org.hotspot.testing.RedisTestResource;
import org.hotspot.testing.TokenAcceptanceTest;

/** session-service verifies tokens from the real auth-service through its JWKS and refuses bad ones. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(MongoTestResource.class)
@WithTestResource(AuthServiceTestResource.class)
class SessionTokenTest extends TokenAcceptanceTest {
}
