package org.hotspot.gateway.service;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.hotspot.common.mongo.MongoErrors;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.gateway.GatewayProblems;
import org.hotspot.gateway.Router;
import org.hotspot.gateway.RouterAddress;
import org.hotspot.gateway.config.GatewayConfig;
import org.hotspot.gateway.repository.RouterAddressRepository;
import org.hotspot.gateway.repository.RouterRepository;
import org.jboss.logging.Logger;

/**
 * Router source addresses belong to one organization: a router of another organization at the same
 * address would make the first one's packets ambiguous, and its hotspot would stop answering. The
 * first router registered at an address gives it to its organization (MongoDB's unique id settles a
 * race); others are refused with a conflict that says nothing of who holds it. A platform admin
 * may share an address (carrier NAT, or {@code hotspot.gateway.shared-addresses}); behind a shared
 * address, as behind any address with several routers, NAS-Identifiers tell them apart.
 */
@ApplicationScoped
public class RouterAddresses {

    private static final Logger LOG = Logger.getLogger(RouterAddresses.class);
    /** A holder may give the address up between our read and our insert; a few rounds settle it. */
    private static final int HOLD_ATTEMPTS = 3;

    private final RouterAddressRepository addresses;
    private final RouterRepository routers;
    private final Set<String> sharedByConfiguration;

    public RouterAddresses(RouterAddressRepository addresses, RouterRepository routers,
            GatewayConfig config) {
        this.addresses = addresses;
        this.routers = routers;
        this.sharedByConfiguration = Set.copyOf(config.routers().sharedAddresses().orElse(List.of()));
    }

    /**
     * Routers registered before addresses had holders: each address goes to its router's
     * organization, and one several organizations already use is shared, so none of them goes silent.
     */
    void adoptExisting(@Observes StartupEvent start) {
        routers.listAll()
                .onItem().transformToMulti(all -> Multi.createFrom().iterable(all))
                .onItem().transformToUniAndConcatenate(this::adopt)
                .collect().last()
                .await().atMost(Duration.ofSeconds(60));
    }

    private Uni<Void> adopt(Router router) {
        // Only a real conflict (another organization already there) shares the address; a database
        // error must not open an address to every tenant, so it leaves the address to be claimed later.
        return hold(router.nasIp, router.organizationId)
                .onFailure(ProblemException.class).call(e -> {
                    LOG.warnf("Address %s was already used by several organizations; it stays shared", router.nasIp);
                    return addresses.share(router.nasIp);
                })
                .onFailure()
                .invoke(e -> LOG.warnf("Address %s of router %s not adopted now: %s", router.nasIp, router.id, e))
                .onFailure().recoverWithNull();
    }

    /** Holds the address for the organization, or fails with the address-unavailable conflict. */
    public Uni<Void> hold(String address, String organizationId) {
        return hold(address, organizationId, HOLD_ATTEMPTS);
    }

    private Uni<Void> hold(String address, String organizationId, int attempts) {
        if (sharedByConfiguration.contains(address)) {
            return Uni.createFrom().voidItem();
        }
        return addresses.findById(address)
                .chain(held -> held == null ? claimed(address, organizationId, attempts)
                        : held.shared || organizationId.equals(held.organizationId) ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(GatewayProblems.addressUnavailable()));
    }

    private Uni<Void> claimed(String address, String organizationId, int attempts) {
        return addresses.persist(RouterAddress.heldBy(address, organizationId))
                .replaceWithVoid()
                .onFailure(e -> MongoErrors.isDuplicateKey(e) && attempts > 1)
                .recoverWithUni(() -> hold(address, organizationId, attempts - 1));
    }

    /**
     * A router may join an address only if every packet from there can still be told apart: with
     * several routers behind it, each must have its own NAS-Identifier (uniqueness is the
     * {@code addressKey} index's job).
     */
    public Uni<Void> unambiguous(Router router) {
        return routers.findByAddress(router.nasIp)
                .map(present -> present.stream().filter(other -> !other.id.equals(router.id)).toList())
                .chain(others -> others.isEmpty()
                        || router.nasIdentifier != null
                                && others.stream().allMatch(other -> other.nasIdentifier != null)
                                        ? Uni.createFrom().voidItem()
                                        : Uni.createFrom().failure(others.stream()
                                                .allMatch(other -> other.organizationId.equals(router.organizationId))
                                                        ? GatewayProblems.addressNeedsNasIdentifiers()
                                                        : GatewayProblems.addressUnavailable()));
    }

    /** Gives the address up once the organization has no router left there. */
    public Uni<Void> releaseIfUnused(String address, String organizationId) {
        return routers.count("nasIp = ?1 and organizationId = ?2", address, organizationId)
                .chain(count -> count > 0 ? Uni.createFrom().voidItem() : addresses.release(address, organizationId));
    }

    public Uni<Void> share(String address) {
        return addresses.share(address);
    }
}
