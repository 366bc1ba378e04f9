package org.hotspot.testing;

import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @QuarkusTest} of a service that needs no database: the shared Kafka and Redis. See
 * {@link WithAuthService} for why a test class carries one of these and nothing else.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(RedisTestResource.class)
public @interface WithKafkaAndRedis {
}
