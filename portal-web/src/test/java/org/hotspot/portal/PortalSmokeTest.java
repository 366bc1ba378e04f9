package org.hotspot.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.hotspot.testing.KafkaTestResource;
import org.hotspot.testing.ServiceSmokeTest;
import org.hotspot.testing.RedisTestResource;

/** portal-web boots against the shared real servers and passes the common smoke checks. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(RedisTestResource.class)
class PortalSmokeTest extends ServiceSmokeTest {

    @Override
    protected List<String> expectedReadinessChecks() {
        return List.of("Redis", "Kafka");
    }
}
