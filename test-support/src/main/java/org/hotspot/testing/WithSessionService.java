package org.hotspot.testing;

import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @QuarkusTest} that needs the whole suite behind it, sessions included: what
 * {@link WithRouterGateway} gives, and the real session-service ({@link InjectSessionService}), so
 * sessions radclient opens through router-gateway can be read and disconnected. Carries the
 * router-gateway's resources itself: see {@link WithAuthService} for why a test class carries one of
 * these and nothing else.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(MongoTestResource.class)
@WithTestResource(AuthServiceTestResource.class)
@WithTestResource(VoucherServiceTestResource.class)
@WithTestResource(RouterGatewayTestResource.class)
@WithTestResource(SessionServiceTestResource.class)
public @interface WithSessionService {
}
