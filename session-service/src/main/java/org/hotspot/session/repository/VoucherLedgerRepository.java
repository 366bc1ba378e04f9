package org.hotspot.session.repository;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotspot.session.Session;
import org.hotspot.session.VoucherLedger;

/** Vouchers' ledgers ({@link VoucherLedger}), one document per voucher, {@code _id} its organization's and its id. */
@ApplicationScoped
public class VoucherLedgerRepository {

    public static final String COLLECTION = "voucher_ledgers";

    private final VersionedDocuments ledgers;

    VoucherLedgerRepository(ReactiveMongoClient mongo,
            @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.ledgers = new VersionedDocuments(mongo.getDatabase(database).getCollection(COLLECTION));
    }

    void createIndexes(@Observes StartupEvent start) {
        ledgers.createIndex().await().atMost(Duration.ofSeconds(30));
    }

    /** A ledger's document id: the organization's and the voucher's, length-prefixed so no two pairs share one. */
    public static String id(String organizationId, String voucherId) {
        return organizationId.length() + ":" + organizationId + "|" + voucherId;
    }

    /**
     * Takes the sessions (those without a voucher are passed over) into their vouchers' ledgers;
     * every ledger concerned as it stands afterwards, by {@link #id}.
     */
    public Uni<Map<String, VoucherLedger>> record(Collection<Session> sessions) {
        return change(sessions, VoucherLedger::take);
    }

    /** Marks the sessions as about to be closed ({@link VoucherLedger#markClosing}). */
    public Uni<Void> markClosing(Collection<Session> sessions) {
        return change(sessions, VoucherLedger::markClosing).replaceWithVoid();
    }

    private Uni<Map<String, VoucherLedger>> change(Collection<Session> sessions,
            BiPredicate<VoucherLedger, List<Session>> change) {
        Map<String, List<Session>> byLedger = sessions.stream().filter(session -> session.voucherId != null)
                .collect(Collectors.groupingBy(session -> id(session.organizationId, session.voucherId)));
        if (byLedger.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return ledgers.change(byLedger.keySet(), (id, stored) -> {
            List<Session> taken = byLedger.get(id);
            VoucherLedger ledger = VoucherLedger.of(taken.get(0).organizationId, taken.get(0).voucherId, stored);
            return change.test(ledger, taken) ? ledger.document() : null;
        })
                .map(VoucherLedgerRepository::ledgers);
    }

    /**
     * Records the voucher's end ({@code ended} null: it may be used again); the ledger as it stands
     * afterwards, null for a voucher that has none and needs none. A voucher ending unused gets none:
     * it has no session, and no login can open one after its end.
     */
    public Uni<VoucherLedger> end(String organizationId, String voucherId, VoucherLedger.Ended ended,
            boolean everUsed) {
        String id = id(organizationId, voucherId);
        return ledgers.change(List.of(id), (ledgerId, stored) -> {
            if (stored == null && (ended == null || !everUsed)) {
                return null;
            }
            VoucherLedger ledger = VoucherLedger.of(organizationId, voucherId, stored);
            return ledger.end(ended) ? ledger.document() : null;
        })
                .map(found -> found.containsKey(id) ? VoucherLedger.of(found.get(id)) : null);
    }

    /** The organization's voucher's ledger; null for a voucher never used. */
    public Uni<VoucherLedger> of(String organizationId, String voucherId) {
        String id = id(organizationId, voucherId);
        return ledgers.read(List.of(id)).map(found -> found.containsKey(id) ? VoucherLedger.of(found.get(id)) : null);
    }

    private static Map<String, VoucherLedger> ledgers(Map<String, Document> documents) {
        Map<String, VoucherLedger> byId = new HashMap<>();
        documents.forEach((id, document) -> byId.put(id, VoucherLedger.of(document)));
        return byId;
    }
}
