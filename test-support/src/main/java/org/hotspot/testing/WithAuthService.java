package org.hotspot.testing;

import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @QuarkusTest} whose callers carry real tokens: the shared Kafka, Redis and MongoDB and
 * the real auth-service ({@link InjectAuthService}).
 *
 * <p>One stack annotation per test class, and no {@code @WithTestResource} beside it. Quarkus
 * restarts the application whenever a test class's resources differ from the previous class's, and
 * it tells resources apart by the annotation that declared them as well: the same servers declared
 * once through a stack and once one by one count as different, and cost a restart. Stacks do not
 * nest either (Quarkus reads {@code @WithTestResource} one annotation deep), so each lists its
 * resources in full.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(MongoTestResource.class)
@WithTestResource(AuthServiceTestResource.class)
public @interface WithAuthService {
}
