package org.hotspot.session.repository;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotspot.session.RouterReset;

/**
 * Each router's latest Accounting-On/Off, one document per router, kept so that a session record
 * read after it can still be matched against it (see {@link RouterReset}). A router's older reset
 * never replaces a newer one, so replicas and redeliveries may record them in any order.
 */
@ApplicationScoped
public class RouterResetRepository {

    public static final String COLLECTION = "router_resets";

    private final VersionedDocuments resets;

    RouterResetRepository(ReactiveMongoClient mongo,
            @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.resets = new VersionedDocuments(mongo.getDatabase(database).getCollection(COLLECTION));
    }

    void createIndexes(@Observes StartupEvent start) {
        resets.createIndex().await().atMost(Duration.ofSeconds(30));
    }

    /**
     * Records the reset unless the router has a later one, or this is a retransmission of the one
     * recorded (which keeps the time it was first heard); the router's latest afterwards.
     */
    public Uni<RouterReset> record(RouterReset reset) {
        return resets.change(List.of(reset.routerId()), (id, stored) -> stored == null
                || replaces(reset, of(stored)) ? document(reset) : null)
                .map(stored -> of(stored.get(reset.routerId())));
    }

    private static boolean replaces(RouterReset reset, RouterReset recorded) {
        return recorded.heardAt().isBefore(reset.heardAt()) && !recorded.retransmittedAs(reset);
    }

    /** The latest reset of each of these routers that has one, by router id. */
    public Uni<Map<String, RouterReset>> ofRouters(Collection<String> routerIds) {
        return resets.read(routerIds)
                .map(stored -> {
                    Map<String, RouterReset> byRouter = new HashMap<>();
                    stored.forEach((id, document) -> byRouter.put(id, of(document)));
                    return byRouter;
                });
    }

    private static Document document(RouterReset reset) {
        return new Document("recordId", reset.recordId())
                .append("heardAt", Date.from(reset.heardAt()))
                .append("at", Date.from(reset.at()))
                .append("cause", reset.cause());
    }

    private static RouterReset of(Document document) {
        return new RouterReset(document.getString("_id"), document.getString("recordId"),
                document.getDate("heardAt").toInstant(),
                document.getDate("at").toInstant(), document.getString("cause"));
    }
}
