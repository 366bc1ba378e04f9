package org.hotspot.testing;

import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @QuarkusTest} that logs in with real vouchers: what {@link WithAuthService} gives, and
 * the real voucher-service ({@link InjectVoucherService}). See {@link WithAuthService} for why a
 * test class carries one of these and nothing else.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(MongoTestResource.class)
@WithTestResource(AuthServiceTestResource.class)
@WithTestResource(VoucherServiceTestResource.class)
public @interface WithVoucherService {
}
