package org.hotspot.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import org.hotspot.keys.KeyMaterial;

/**
 * The real voucher-service, packaged by the build, started once per test JVM against the shared
 * Kafka, Redis and MongoDB and the real auth-service, so router-gateway's and session-service's
 * tests get decisions voucher-service really makes and read the Redis projection it really writes.
 * The service under test gets its URL, its lookup key and its own service token (which both
 * voucher-service and auth-service know it by); test fields marked {@link InjectVoucherService} get a {@link VoucherService}.
 * Use it together with the Kafka, Redis, MongoDB and auth-service resources.
 */
public class VoucherServiceTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String KEY = "hotspot.test.VoucherServiceTestResource";

    /** The running voucher-service, started on first call; once per JVM, whatever the class loader. */
    static VoucherService running() {
        String[] parts = JvmScoped.once(KEY, () -> {
            VoucherService started = launch();
            return started.url() + "\n" + started.managementUrl() + "\n" + started.lookupKey() + "\n"
                    + started.projectionKeys();
        }).split("\n");
        return new VoucherService(parts[0], parts[1], parts[2], parts[3]);
    }

    @Override
    public Map<String, String> start() {
        VoucherService vouchers = running();
        Map<String, String> settings = new HashMap<>(PackagedService.ownTokenOfServiceUnderTest());
        settings.put("hotspot.voucher-service-url", vouchers.url());
        settings.put("hotspot.gateway.voucher-lookup-key", vouchers.lookupKey());
        settings.put("hotspot.gateway.projection-keys", vouchers.projectionKeys());
        return settings;
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM: stopped at JVM exit, not per class.
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(running(),
                new TestInjector.AnnotatedAndMatchesType(InjectVoucherService.class, VoucherService.class));
    }

    /**
     * The lookup key and the projection keyring are chosen here because the gateway must hash codes
     * with the very same key to find them in Redis, and check the entries' MACs with the same ring. The code keyring and the QR key are left to voucher-service to generate
     * into its scratch directory: nothing outside it needs them. The sweeps run as often as in
     * voucher-service's own tests, so an expiry or a relayed event shows within seconds.
     */
    private static VoucherService launch() {
        PackagedService service = new PackagedService("voucher-service");
        String lookupKey = KeyMaterial.newKey();
        String projectionKeys = KeyMaterial.newKeyring("t1");
        service.start(Map.of(
                "HOTSPOT_AUTH_URL", AuthServiceTestResource.running().url(),
                "HOTSPOT_VOUCHER_KEY_DIR", service.dir().resolve("keys").toString(),
                "HOTSPOT_VOUCHER_LOOKUP_KEY", lookupKey,
                "HOTSPOT_VOUCHER_PROJECTION_KEYS", projectionKeys,
                "HOTSPOT_VOUCHER_EXPIRY_SWEEP_INTERVAL", "1s",
                "HOTSPOT_VOUCHER_OUTBOX_RELAY_INTERVAL", "2s"));
        return new VoucherService(service.url(), service.managementUrl(), lookupKey, projectionKeys);
    }
}
