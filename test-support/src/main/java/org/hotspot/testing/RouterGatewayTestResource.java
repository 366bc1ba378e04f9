package org.hotspot.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.hotspot.infra.Ports;

/**
 * The real router-gateway, packaged by the build, started once per test JVM with the real
 * voucher-service and auth-service behind it, so session-service's tests drive the whole path a
 * router drives: radclient's Access-Requests and Accounting-Requests into it, Disconnect-Requests
 * out of it to a {@code TestNas}. Fields marked {@link InjectRouterGateway} get a {@link RouterGateway}.
 */
public class RouterGatewayTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String KEY = "hotspot.test.RouterGatewayTestResource";

    static RouterGateway running() {
        String[] parts = JvmScoped.once(KEY, () -> {
            RouterGateway started = launch();
            return started.url() + "\n" + started.authPort() + "\n" + started.acctPort();
        }).split("\n");
        return new RouterGateway(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    @Override
    public Map<String, String> start() {
        return Map.of("hotspot.test.router-gateway-url", running().url());
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM: stopped at JVM exit, not per class.
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(running(),
                new TestInjector.AnnotatedAndMatchesType(InjectRouterGateway.class, RouterGateway.class));
    }

    /** Retries of Disconnect-Requests come fast, so a test of an unanswered one ends in seconds. */
    private static RouterGateway launch() {
        VoucherService vouchers = VoucherServiceTestResource.running();
        PackagedService service = new PackagedService("router-gateway");
        int authPort = Ports.free();
        int acctPort = Ports.free();
        service.start(Map.ofEntries(
                Map.entry("HOTSPOT_AUTH_URL", AuthServiceTestResource.running().url()),
                Map.entry("HOTSPOT_VOUCHER_SERVICE_URL", vouchers.url()),
                Map.entry("HOTSPOT_GATEWAY_VOUCHER_LOOKUP_KEY", vouchers.lookupKey()),
                Map.entry("HOTSPOT_GATEWAY_PROJECTION_KEYS", vouchers.projectionKeys()),
                Map.entry("HOTSPOT_GATEWAY_KEY_DIR", service.dir().resolve("keys").toString()),
                Map.entry("HOTSPOT_GATEWAY_RADIUS_BIND_ADDRESS", "127.0.0.1"),
                Map.entry("HOTSPOT_GATEWAY_RADIUS_AUTH_PORT", Integer.toString(authPort)),
                Map.entry("HOTSPOT_GATEWAY_RADIUS_ACCT_PORT", Integer.toString(acctPort)),
                Map.entry("HOTSPOT_GATEWAY_COA_BIND_ADDRESS", "127.0.0.1"),
                Map.entry("HOTSPOT_GATEWAY_COA_TIMEOUT", "PT0.5S"),
                // Every test router sends from loopback, whatever its organization: as behind carrier NAT.
                Map.entry("HOTSPOT_GATEWAY_SHARED_ADDRESSES", "127.0.0.1")));
        return new RouterGateway(service.url(), authPort, acctPort);
    }
}
