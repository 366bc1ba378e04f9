package org.hotspot.testing;

import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @QuarkusTest} that needs only the service's own servers: the shared Kafka, Redis and
 * MongoDB. See {@link WithAuthService} for why a test class carries one of these and nothing else.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(MongoTestResource.class)
public @interface WithKafkaRedisAndMongo {
}
