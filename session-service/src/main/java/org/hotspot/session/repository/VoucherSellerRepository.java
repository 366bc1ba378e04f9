package org.hotspot.session.repository;

import com.mongodb.client.model.Indexes;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which reseller sold each voucher, learnt from voucher-service's lifecycle events (the first use
 * carries it): a reseller reads the sessions and usage of the vouchers they sold, and no others.
 * Vouchers the organization sold itself are not kept here.
 */
@ApplicationScoped
public class VoucherSellerRepository {

    private final ReactiveMongoCollection<Document> collection;

    VoucherSellerRepository(ReactiveMongoClient mongo,
            @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.collection = mongo.getDatabase(database).getCollection("voucher_sellers");
    }

    void createIndexes(@Observes StartupEvent start) {
        collection.createIndex(Indexes.ascending("organizationId", "seller")).await().atMost(Duration.ofSeconds(30));
    }

    /** Who sold a voucher, as {@link #rememberAll} takes it. */
    public record VoucherSeller(String organizationId, String voucherId, String seller) {
    }

    /** Who sold each of these vouchers, in one request. */
    public Uni<Void> rememberAll(List<VoucherSeller> vouchers) {
        return Upserts.replaceAll(collection, vouchers.stream()
                .map(v -> new Document("_id", v.voucherId()).append("organizationId", v.organizationId())
                        .append("seller", v.seller()))
                .toList());
    }

    /** The ids of the organization's vouchers the reseller sold that were ever used. */
    public Uni<Set<String>> soldBy(String organizationId, String seller) {
        return collection.find(new Document("organizationId", organizationId).append("seller", seller))
                .map(voucher -> voucher.getString("_id"))
                .collect().asSet();
    }
}
