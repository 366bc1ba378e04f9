package org.hotspot.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The real session-service, packaged by the build, started once per test JVM against the shared
 * Kafka and MongoDB with the real voucher-service and auth-service, so portal-web's dashboard
 * tests read sessions that radclient's accounting, through the real router-gateway, really opened,
 * and disconnect them for real. The service under test gets its URL as
 * {@code hotspot.session-service-url}; fields marked {@link InjectSessionService} get a
 * {@link SessionService}. Use it through {@link WithSessionService}.
 */
public class SessionServiceTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String KEY = "hotspot.test.SessionServiceTestResource";

    /** The running session-service, started on first call; once per JVM, whatever the class loader. */
    static SessionService running() {
        String[] parts = JvmScoped.once(KEY, () -> {
            SessionService started = launch();
            return started.url() + "\n" + started.managementUrl();
        }).split("\n");
        return new SessionService(parts[0], parts[1]);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> settings = new HashMap<>(PackagedService.ownTokenOfServiceUnderTest());
        settings.put("hotspot.session-service-url", running().url());
        settings.put("hotspot.test.session-service-url", running().url());
        return settings;
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM: stopped at JVM exit, not per class.
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(running(),
                new TestInjector.AnnotatedAndMatchesType(InjectSessionService.class, SessionService.class));
    }

    private static SessionService launch() {
        PackagedService service = new PackagedService("session-service");
        service.start(Map.of(
                "HOTSPOT_AUTH_URL", AuthServiceTestResource.running().url(),
                "HOTSPOT_VOUCHER_SERVICE_URL", VoucherServiceTestResource.running().url()));
        return new SessionService(service.url(), service.managementUrl());
    }
}
