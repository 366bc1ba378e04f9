package org.hotspot.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.HashMap;
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

    /** Its URL, and the service under test's own token, which auth-service knows it by. */
    @Override
    public Map<String, String> start() {
        Map<String, String> settings = new HashMap<>(PackagedService.ownTokenOfServiceUnderTest());
        settings.put("hotspot.auth-url", running().url());
        return settings;
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
     * knows every caller's service token, so the service under test reaches the internal endpoints
     * meant for it, and only those.
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
