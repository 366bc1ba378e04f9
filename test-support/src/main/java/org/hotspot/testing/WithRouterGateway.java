package org.hotspot.testing;

import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @QuarkusTest} that plays a router against the whole suite: what
 * {@link WithVoucherService} gives, and the real router-gateway ({@link InjectRouterGateway}). See
 * {@link WithAuthService} for why a test class carries one of these and nothing else.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(MongoTestResource.class)
@WithTestResource(AuthServiceTestResource.class)
@WithTestResource(VoucherServiceTestResource.class)
@WithTestResource(RouterGatewayTestResource.class)
public @interface WithRouterGateway {
}
