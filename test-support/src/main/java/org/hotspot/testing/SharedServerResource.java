package org.hotspot.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.Annotation;
import java.util.Map;

/**
 * A real server shared by every test class of a JVM: started on first use (a container with the
 * real image when a Docker engine answers, else a local server), stopped when the JVM exits, its
 * address handed to Quarkus as configuration and to test fields marked with its annotation.
 */
abstract class SharedServerResource implements QuarkusTestResourceLifecycleManager {

    /** The configuration key the service reads the address from. */
    protected abstract String configKey();

    /** The annotation marking {@code String} test fields that receive the address. */
    protected abstract Class<? extends Annotation> injectAnnotation();

    /** Starts the real image with Testcontainers; its address. */
    protected abstract String startContainer();

    /** Starts the server on this machine; its address. */
    protected abstract String startLocal();

    /** How this server is found: Docker first, else locally. */
    protected String resolve() {
        return Docker.available() ? startContainer() : startLocal();
    }

    /**
     * The shared server's address, starting it on first call. Kept in a system property, not a
     * static field: Quarkus loads test resources in a new class loader whenever the set of resources
     * changes, and the server must still be started only once per JVM.
     */
    final String address() {
        return JvmScoped.once("hotspot.test." + getClass().getSimpleName(), this::resolve);
    }

    @Override
    public Map<String, String> start() {
        return Map.of(configKey(), address());
    }

    @Override
    public final void stop() {
        // Shared by every test class of this JVM: stopped at JVM exit, not per class.
    }

    @Override
    public final void inject(TestInjector injector) {
        injector.injectIntoFields(address(),
                new TestInjector.AnnotatedAndMatchesType(injectAnnotation(), String.class));
    }
}
