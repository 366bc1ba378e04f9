package org.hotspot.session.repository;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiFunction;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each device's newest session on each router, one document per router and MAC, so that a new
 * Start finds the session it ends by one lookup rather than a query over all sessions, which the
 * embedded MongoDB, lacking secondary indexes, answers by reading every one.
 */
@ApplicationScoped
public class DeviceSessionRepository {

    public static final String COLLECTION = "device_sessions";

    private final VersionedDocuments devices;

    DeviceSessionRepository(ReactiveMongoClient mongo,
            @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.devices = new VersionedDocuments(mongo.getDatabase(database).getCollection(COLLECTION));
    }

    void createIndexes(@Observes StartupEvent start) {
        devices.createIndex().await().atMost(Duration.ofSeconds(30));
    }

    /** The document id of a device on a router; the lengths keep any two pairs apart. */
    public static String id(String routerId, String mac) {
        return routerId.length() + ":" + routerId + "|" + mac;
    }

    /** Changes the devices' documents, see {@link VersionedDocuments#change}; the documents afterwards, by id. */
    public Uni<Map<String, Document>> change(Collection<String> ids, BiFunction<String, Document, Document> change) {
        return devices.change(ids, change);
    }
}
