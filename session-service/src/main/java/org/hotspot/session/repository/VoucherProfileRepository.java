package org.hotspot.session.repository;

import com.mongodb.client.model.Filters;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which plan each voucher is of, learnt from voucher-service's lifecycle events: usage roll-ups by
 * profile need it, and accounting records do not carry it.
 */
@ApplicationScoped
public class VoucherProfileRepository {

    private final ReactiveMongoCollection<Document> collection;

    VoucherProfileRepository(ReactiveMongoClient mongo,
            @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.collection = mongo.getDatabase(database).getCollection("voucher_profiles");
    }

    /** A voucher's plan, as {@link #rememberAll} takes it. */
    public record VoucherProfile(String organizationId, String voucherId, String profileId) {
    }

    /** Each voucher's plan, in one request (a poll of lifecycle events, most of them first uses). */
    public Uni<Void> rememberAll(List<VoucherProfile> vouchers) {
        return Upserts.replaceAll(collection, vouchers.stream()
                .map(v -> new Document("_id", v.voucherId()).append("organizationId", v.organizationId())
                        .append("profileId", v.profileId()))
                .toList());
    }

    /** The profile ids of those of these vouchers whose profile is known, by voucher id. */
    public Uni<Map<String, String>> profilesOf(Set<String> voucherIds) {
        if (voucherIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return collection.find(Filters.in("_id", voucherIds)).collect().asList()
                .map(VoucherProfileRepository::byVoucher);
    }

    private static Map<String, String> byVoucher(List<Document> found) {
        Map<String, String> profiles = new HashMap<>();
        found.forEach(voucher -> profiles.put(voucher.getString("_id"), voucher.getString("profileId")));
        return profiles;
    }
}
