package org.hotspot.gateway.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.hotspot.common.crypto.SecretBox;
import org.hotspot.gateway.Router;
import org.hotspot.gateway.radius.io.RadiusClient;
import org.hotspot.gateway.radius.io.RadiusClients;
import org.hotspot.gateway.repository.RouterRepository;
import org.jboss.logging.Logger;

/**
 * Which router (NAS) a RADIUS packet comes from, answered from memory on the hot path: every
 * router with its secret opened, by source address. The table is reloaded from MongoDB every few
 * seconds, at once after a change made through this replica, and soon after a packet from an
 * unknown address (a router just registered through another replica); that packet itself is
 * dropped, and the router's retransmission finds the new table.
 *
 * <p>A miss is seen on the RADIUS port's own event-loop context, a root context (see
 * {@code RadiusServer}); MongoDB through Panache needs a duplicated one (context locals are
 * forbidden on a root context), so the reload on a miss runs on a duplicated context of its own,
 * as a scheduled reload or an HTTP request does. Whatever becomes of it, the packet is still
 * dropped and counted by the caller.
 */
@ApplicationScoped
public class NasRegistry implements RadiusClients<NasRegistry.Nas> {

    private static final Logger LOG = Logger.getLogger(NasRegistry.class);
    /** Unknown sources trigger at most one reload per this interval: a flood of strangers cannot hammer MongoDB. */
    private static final long MISS_RELOAD_MILLIS = 2_000;

    /** A router as the RADIUS server needs it. */
    public record Nas(Router router, byte[] secret) implements RadiusClient {

        @Override
        public boolean requiresMessageAuthenticator() {
            return router.requireMessageAuthenticator;
        }

        @Override
        public String logName() {
            return "router " + router.id;
        }
    }

    private final Vertx vertx;
    private final RouterRepository routers;
    private final SecretBox secrets;
    private volatile Map<String, List<Nas>> byAddress = Map.of();
    private volatile Map<String, Nas> byId = Map.of();
    private final AtomicLong lastMissReload = new AtomicLong();

    public NasRegistry(Vertx vertx, RouterRepository routers, SecretBox secrets) {
        this.vertx = vertx;
        this.routers = routers;
        this.secrets = secrets;
    }

    void loadAtStart(@Observes StartupEvent start) {
        reload().await().atMost(Duration.ofSeconds(30));
    }

    /**
     * The router at this address; where several share it (behind NAT), the one with this
     * NAS-Identifier. Null when none matches.
     */
    @Override
    public Nas match(String address, String nasIdentifier) {
        List<Nas> candidates = byAddress.get(address);
        if (candidates == null) {
            reloadSoon();
            return null;
        }
        if (candidates.size() == 1 && (candidates.get(0).router().nasIdentifier == null
                || nasIdentifier == null || candidates.get(0).router().nasIdentifier.equals(nasIdentifier))) {
            return candidates.get(0);
        }
        for (Nas nas : candidates) {
            if (nasIdentifier != null && nasIdentifier.equals(nas.router().nasIdentifier)) {
                return nas;
            }
        }
        // Several routers share the address and the packet names none of them: it cannot be attributed.
        return null;
    }

    /** The router with this id, as of the last reload; null when unknown. */
    public Nas byId(String routerId) {
        return routerId == null ? null : byId.get(routerId);
    }

    @Scheduled(every = "${hotspot.gateway.nas-reload-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return reload().onFailure().invoke(e -> LOG.warnf("Router table not reloaded: %s", e.getMessage()))
                .onFailure().recoverWithNull();
    }

    /** Reads every router again; completes once the new table is in place. */
    public Uni<Void> reload() {
        return Uni.createFrom().deferred(routers::listAll).map(all -> {
            Map<String, List<Nas>> table = new HashMap<>();
            for (Router router : all) {
                try {
                    byte[] secret = secrets.open(router.sealedRadiusSecret, RouterService.radiusContext(router.id))
                            .getBytes(StandardCharsets.UTF_8);
                    table.computeIfAbsent(router.nasIp, ip -> new ArrayList<>()).add(new Nas(router, secret));
                } catch (SecretBox.SealedValueException e) {
                    LOG.errorf("Router %s of organization %s has a secret this keyring cannot open: %s", router.id,
                            router.organizationId, e.getMessage());
                }
            }
            table.replaceAll((ip, list) -> List.copyOf(list));
            return Map.copyOf(table);
        }).invoke(table -> {
            Map<String, Nas> ids = new HashMap<>();
            table.values().forEach(list -> list.forEach(nas -> ids.put(nas.router().id, nas)));
            byAddress = table;
            byId = Map.copyOf(ids);
        }).replaceWithVoid();
    }

    private void reloadSoon() {
        long now = System.currentTimeMillis();
        long last = lastMissReload.get();
        if (now - last >= MISS_RELOAD_MILLIS && lastMissReload.compareAndSet(last, now)) {
            VertxContext.getOrCreateDuplicatedContext(vertx).runOnContext(ignored -> reload().subscribe().with(
                    done -> LOG.debug("Router table reloaded after a packet from an unknown address"),
                    e -> LOG.warnf("Router table not reloaded: %s", e.getMessage())));
        }
    }
}
