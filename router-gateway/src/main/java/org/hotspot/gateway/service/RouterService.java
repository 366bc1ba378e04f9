package org.hotspot.gateway.service;

import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.conversions.Bson;
import org.hotspot.common.audit.AuditLog;
import org.hotspot.common.crypto.SecretBox;
import org.hotspot.common.mongo.MongoErrors;
import org.hotspot.common.security.Caller;
import org.hotspot.events.audit.AuditEntry.Result;
import org.hotspot.gateway.GatewayProblems;
import org.hotspot.gateway.Router;
import org.hotspot.gateway.RouterMode;
import org.hotspot.gateway.RouterStatus;
import org.hotspot.gateway.repository.RouterRepository;

/** Router management within the caller's organization; secrets sealed on the way in and opened only for the wire. */
@ApplicationScoped
public class RouterService {

    /** What an operator sets; the secrets apart, since an update may leave them out. */
    public interface Fields {
        void applyTo(Router router);

        String radiusSecretOrNull();

        String apiPasswordOrNull();
    }

    private final RouterRepository routers;
    private final SecretBox secrets;
    private final AuditLog audit;
    private final NasRegistry registry;
    private final RouterAddresses addresses;

    public RouterService(RouterRepository routers, SecretBox secrets, AuditLog audit, NasRegistry registry,
            RouterAddresses addresses) {
        this.routers = routers;
        this.addresses = addresses;
        this.secrets = secrets;
        this.audit = audit;
        this.registry = registry;
    }

    public Uni<Router> create(Caller caller, Fields fields) {
        if (fields.radiusSecretOrNull() == null) {
            return Uni.createFrom().failure(GatewayProblems.missingSecret());
        }
        Router router = new Router();
        fields.applyTo(router);
        router.id = UUID.randomUUID().toString();
        router.organizationId = caller.organizationId();
        router.addressKey = Router.addressKey(router.nasIp, router.nasIdentifier);
        router.sealedRadiusSecret = secrets.seal(fields.radiusSecretOrNull(), radiusContext(router.id));
        router.sealedApiPassword = fields.apiPasswordOrNull() == null ? null
                : secrets.seal(fields.apiPasswordOrNull(), apiContext(router.id));
        router.status = RouterStatus.UNKNOWN;
        router.createdAt = Instant.now();
        router.updatedAt = router.createdAt;
        return checked(caller, router)
                .chain(() -> addresses.hold(router.nasIp, router.organizationId))
                .chain(() -> addresses.unambiguous(router))
                .chain(() -> routers.persist(router))
                .onFailure(MongoErrors::isDuplicateKey)
                .transform(e -> GatewayProblems.addressTaken(router.nasIp, router.nasIdentifier))
                // The organization's last router there may have been deleted meanwhile, giving the address up.
                .call(created -> addresses.hold(created.nasIp, created.organizationId)
                        .onFailure().call(() -> routers.deleteInOrganization(created.organizationId, created.id)))
                .call(registry::reload)
                .call(created -> audited(caller, "ROUTER_CREATED", created));
    }

    public Uni<List<Router>> list(Caller caller) {
        return routers.listByOrganization(caller.organizationId());
    }

    public Uni<Router> get(Caller caller, String id) {
        return routers.findInOrganization(caller.organizationId(), id)
                .onItem().ifNull().failWith(() -> GatewayProblems.notFound("router", id));
    }

    public Uni<Router> update(Caller caller, String id, Fields fields) {
        Router edited = new Router();
        fields.applyTo(edited);
        edited.id = id;
        edited.organizationId = caller.organizationId();
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set("name", edited.name),
                Updates.set("site", edited.site),
                Updates.set("nasIdentifier", edited.nasIdentifier),
                Updates.set("nasIp", edited.nasIp),
                Updates.set("addressKey", Router.addressKey(edited.nasIp, edited.nasIdentifier)),
                Updates.set("requireMessageAuthenticator", edited.requireMessageAuthenticator),
                Updates.set("coaPort", edited.coaPort),
                Updates.set("apiHost", edited.apiHost),
                Updates.set("apiPort", edited.apiPort),
                Updates.set("apiTls", edited.apiTls),
                Updates.set("apiUsername", edited.apiUsername),
                Updates.set("mode", edited.mode.name()),
                Updates.set("backupRouterId", edited.backupRouterId),
                Updates.set("hotspotDnsName", edited.hotspotDnsName)));
        if (fields.radiusSecretOrNull() != null) {
            changes.add(
                    Updates.set("sealedRadiusSecret", secrets.seal(fields.radiusSecretOrNull(), radiusContext(id))));
        }
        if (fields.apiPasswordOrNull() != null) {
            changes.add(Updates.set("sealedApiPassword", secrets.seal(fields.apiPasswordOrNull(), apiContext(id))));
        }
        return get(caller, id)
                .call(stored -> checkedUpdate(caller, stored, edited, fields))
                .chain(stored -> routers.setFields(caller.organizationId(), id, changes)
                        .onFailure(MongoErrors::isDuplicateKey)
                        .transform(e -> GatewayProblems.addressTaken(edited.nasIp, edited.nasIdentifier))
                        .onItem().ifNull().failWith(() -> GatewayProblems.notFound("router", id))
                        .call(updated -> stored.nasIp.equals(updated.nasIp) ? Uni.createFrom().voidItem()
                                : addresses.releaseIfUnused(stored.nasIp, stored.organizationId)))
                .call(registry::reload)
                .call(updated -> audited(caller, "ROUTER_UPDATED", updated));
    }

    public Uni<Void> delete(Caller caller, String id) {
        return get(caller, id)
                .call(router -> routers.deleteInOrganization(caller.organizationId(), id))
                .call(router -> addresses.releaseIfUnused(router.nasIp, router.organizationId))
                .call(registry::reload)
                .call(router -> audited(caller, "ROUTER_DELETED", router))
                .replaceWithVoid();
    }

    /** A new address must be the organization's (or shared), and the change must leave every router there told apart. */
    private Uni<Void> checkedUpdate(Caller caller, Router stored, Router edited, Fields fields) {
        // The check only asks whether a password will be set: a new one, or the one kept.
        edited.sealedApiPassword = fields.apiPasswordOrNull() != null ? "new" : stored.sealedApiPassword;
        return checked(caller, edited)
                .chain(() -> addresses.hold(edited.nasIp, edited.organizationId))
                .chain(() -> addresses.unambiguous(edited));
    }

    /** Platform admins only: routers of several organizations may then register at the address (carrier NAT). */
    public Uni<Void> share(Caller caller, String address) {
        return addresses.share(address)
                .call(() -> audit.recordBestEffort(caller.organizationId(), caller.username(), "ROUTER_ADDRESS_SHARED",
                        "router-address", address, caller.clientAddress(), Result.SUCCESS, address));
    }

    /** API mode needs what it takes to log in to the router; a backup must be another router of the organization. */
    private Uni<Void> checked(Caller caller, Router router) {
        if (router.mode == RouterMode.API
                && (router.apiHost == null || router.apiUsername == null || router.sealedApiPassword == null)) {
            return Uni.createFrom().failure(GatewayProblems.apiIncomplete());
        }
        if (router.backupRouterId == null) {
            return Uni.createFrom().voidItem();
        }
        if (router.backupRouterId.equals(router.id)) {
            return Uni.createFrom().failure(GatewayProblems.notFound("backup router", router.backupRouterId));
        }
        return routers.findInOrganization(caller.organizationId(), router.backupRouterId)
                .onItem().ifNull().failWith(() -> GatewayProblems.notFound("backup router", router.backupRouterId))
                .replaceWithVoid();
    }

    private Uni<Void> audited(Caller caller, String action, Router router) {
        return audit.recordBestEffort(router.organizationId, caller.username(), action, "router", router.id,
                caller.clientAddress(), Result.SUCCESS, router.name + " " + router.nasIp);
    }

    static String radiusContext(String routerId) {
        return "router:" + routerId + ":radius-secret";
    }

    private static String apiContext(String routerId) {
        return "router:" + routerId + ":api-password";
    }
}
