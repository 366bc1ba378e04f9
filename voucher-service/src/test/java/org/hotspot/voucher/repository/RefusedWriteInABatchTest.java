package org.hotspot.voucher.repository;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.hotspot.voucher.repository.ChangeBatches.Change;
import org.hotspot.voucher.repository.ChangeBatches.Outcome;
import org.junit.jupiter.api.Test;

/**
 * A write MongoDB refuses inside a batch of first uses fails its own login only: the others in the
 * same bulk write applied, and their callers are told so.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class RefusedWriteInABatchTest {

    @Inject
    MongoClient mongo;

    @Inject
    ChangeBatches batches;

    @Test
    void theOthersInTheBatchAreToldTheirWritesApplied() {
        MongoCollection<Document> vouchers = mongo.getDatabase("hotspot-voucher").getCollection("vouchers");
        String first = insert(vouchers);
        String refused = insert(vouchers);
        String last = insert(vouchers);

        List<Outcome> outcomes = batches.send(List.of(
                change(first, Updates.set("state", "ACTIVE")),
                // $inc on a text field: MongoDB refuses this one write and goes on with the others.
                change(refused, Updates.inc("lookupKey", 1)),
                change(last, Updates.set("state", "ACTIVE"))))
                .await().atMost(Duration.ofSeconds(10));

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0).refusal()).isNull();
        assertThat(outcomes.get(0).voucher().state).hasToString("ACTIVE");
        assertThat(outcomes.get(1).refusal()).isInstanceOf(MongoException.class);
        assertThat(outcomes.get(1).voucher()).isNull();
        assertThat(outcomes.get(2).refusal()).isNull();
        assertThat(outcomes.get(2).voucher().state).hasToString("ACTIVE");
        assertThat(vouchers.find(Filters.eq("_id", refused)).first().getLong("version"))
                .as("the refused write changed nothing").isEqualTo(3L);
    }

    private static Change change(String id, Bson update) {
        return new Change(id, 3, List.of(update), UUID.randomUUID().toString());
    }

    private static String insert(MongoCollection<Document> vouchers) {
        String id = "refused-" + UUID.randomUUID();
        vouchers.insertOne(new Document("_id", id).append("organizationId", "org-refused")
                .append("batchId", id).append("serial", 1)
                .append("lookupKey", UUID.randomUUID().toString()).append("state", "UNUSED").append("version", 3L));
        return id;
    }
}
