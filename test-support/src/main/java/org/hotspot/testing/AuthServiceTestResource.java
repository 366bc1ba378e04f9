package org.hotspot.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * The real auth-service, packaged by the build, started once per test JVM against the shared
 * Kafka, Redis and MongoDB, so another service's tests verify genuine tokens through its JWKS. The
 * service under test gets {@code hotspot.auth-url}; test fields marked {@link InjectAuthService}
 * get an {@link AuthService}. Use it together with the Kafka, Redis and MongoDB resources.
 */
public class AuthServiceTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String KEY = "hotspot.test.AuthServiceTestResource";

    /** The running auth-service, started on first call; once per JVM, whatever the class loader. */
    static AuthService running() {
        String[] parts = JvmScoped.once(KEY, () -> {
            AuthService started = launch();
            return started.url() + "\n" + started.adminPassword() + "\n" + started.keyDir();
        }).split("\n");
        return new AuthService(parts[0], parts[1], Path.of(parts[2]));
    }

    /**
     * Only the URL: the shared service token is handed out by {@link VoucherServiceTestResource},
     * since tests with auth-service alone (voucher-service's own) call their service's internal
     * endpoints with the {@code %test} profile's token and must keep it.
     */
    @Override
    public Map<String, String> start() {
        // The token auth-service's own internal endpoints accept, for the service under test to call them.
        return Map.of("hotspot.auth-url", running().url(), "hotspot.auth-service-token", PackagedService.serviceToken());
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM: stopped at JVM exit, not per class.
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(running(),
                new TestInjector.AnnotatedAndMatchesType(InjectAuthService.class, AuthService.class));
    }

    /**
     * Its bootstrap admin's password is chosen here so tests can log in as the platform admin. It
     * accepts the shared service token so the service under test can read organizations at
     * {@code /internal/organizations/{id}} once it is given that token (see {@link VoucherServiceTestResource}).
     */
    private static AuthService launch() {
        PackagedService service = new PackagedService("auth-service");
        String adminPassword = "auth-" + UUID.randomUUID();
        Path keys = service.dir().resolve("keys");
        service.start(Map.of(
                "HOTSPOT_AUTH_KEY_DIR", keys.toString(),
                "HOTSPOT_ADMIN_PASSWORD", adminPassword,
                "HOTSPOT_AUTH_URL", service.url()));
        return new AuthService(service.url(), adminPassword, keys);
    }
}
