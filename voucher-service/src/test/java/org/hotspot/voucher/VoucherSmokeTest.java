package org.hotspot.voucher;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.hotspot.testing.KafkaTestResource;
import org.hotspot.testing.MongoTestResource;
import org.hotspot.testing.MongoServiceSmokeTest;
import org.hotspot.testing.RedisTestResource;

/** voucher-service boots against the shared real servers and passes the common smoke checks. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(MongoTestResource.class)
class VoucherSmokeTest extends MongoServiceSmokeTest {

    @Override
    protected List<String> expectedReadinessChecks() {
        return List.of("MongoDB", "Redis", "Kafka");
    }

    @Override
    protected String expectedDatabase() {
        return "hotspot-voucher";
    }
}
