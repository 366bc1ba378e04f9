package org.hotspot.gateway.radius;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.hotspot.gateway.config.GatewayConfig;
import org.hotspot.gateway.radius.access.AccessService;
import org.hotspot.gateway.radius.accounting.AccountingService;
import org.hotspot.gateway.radius.io.DuplicateCache;
import org.hotspot.gateway.radius.io.ListenAddresses;
import org.hotspot.gateway.radius.io.RadiusServer;
import org.hotspot.gateway.service.NasRegistry;
import org.hotspot.gateway.service.NasRegistry.Nas;
import org.jboss.logging.Logger;

/**
 * Opens the authentication and accounting ports at start and closes them at shutdown, on the bind
 * address or, with {@link GatewayConfig.Radius#radiusBindEachAddress()}, on each address of the machine.
 */
@ApplicationScoped
public class RadiusPorts {

    private static final Logger LOG = Logger.getLogger(RadiusPorts.class);

    private final RadiusServer<Nas> authentication;
    private final RadiusServer<Nas> accounting;
    private final DuplicateCache duplicates;
    private final GatewayConfig.Radius config;
    private final Vertx vertx;
    private long sweepTimer = -1;

    public RadiusPorts(Vertx vertx, GatewayConfig gateway, NasRegistry registry, AccessService access,
            AccountingService accountingService, MeterRegistry meters) {
        this.vertx = vertx;
        this.config = gateway.radius();
        this.duplicates = new DuplicateCache(config.duplicateWindow(), config.duplicateCapacity());
        this.authentication = new RadiusServer<>("auth", access, registry, duplicates, meters);
        this.accounting = new RadiusServer<>("acct", accountingService, registry, duplicates, meters);
        Gauge.builder("hotspot.gateway.radius.duplicate.cache", duplicates, DuplicateCache::size).register(meters);
    }

    void open(@Observes StartupEvent start) {
        int sockets = config.radiusSockets().orElse(Runtime.getRuntime().availableProcessors());
        ListenAddresses addresses = listenAddresses();
        both(authentication.listen(vertx, addresses, config.radiusAuthPort(), sockets),
                accounting.listen(vertx, addresses, config.radiusAcctPort(), sockets))
                .orTimeout(30, TimeUnit.SECONDS).join();
        sweepTimer = vertx.setPeriodic(1_000, tick -> duplicates.expire());
        LOG.infof("RADIUS listening on %s (%s), authentication %d, accounting %d, %d socket(s) each per address",
                config.radiusBindAddress(), addresses(authentication), authentication.port(), accounting.port(),
                sockets);
    }

    private ListenAddresses listenAddresses() {
        try {
            return ListenAddresses.of(config.radiusBindAddress(), config.radiusBindEachAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("RADIUS: cannot list the addresses of " + config.radiusBindAddress(), e);
        }
    }

    private static String addresses(RadiusServer<?> server) {
        return server.addresses().stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", "));
    }

    void close(@Observes ShutdownEvent stop) {
        if (sweepTimer >= 0) {
            vertx.cancelTimer(sweepTimer);
        }
        both(authentication.close(), accounting.close())
                .orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    private static CompletableFuture<Void> both(CompletionStage<Void> one, CompletionStage<Void> other) {
        return CompletableFuture.allOf(one.toCompletableFuture(), other.toCompletableFuture());
    }

    public int authenticationPort() {
        return authentication.port();
    }

    public int accountingPort() {
        return accounting.port();
    }
}
