package org.hotspot.voucher;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.hotspot.testing.MongoServiceSmokeTest;
import org.hotspot.testing.WithKafkaRedisAndMongo;

/** voucher-service boots against the shared real servers and passes the common smoke checks. */
@QuarkusTest
@WithKafkaRedisAndMongo
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
