package org.hotspot.voucher;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.events.voucher.VoucherStateChanged;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.Topic;
import org.hotspot.testing.WithKafkaRedisAndMongo;
import org.junit.jupiter.api.Test;

/**
 * A lifecycle event written with its change but never sent (the service died, or the broker was
 * down) is sent by the relay from the voucher's outbox, and the outbox is emptied.
 */
@QuarkusTest
@WithKafkaRedisAndMongo
class OutboxRelayTest {

    @Inject
    MongoClient mongo;

    @InjectKafka
    String bootstrap;

    @Test
    void anEventLeftInTheOutboxIsSentLater() {
        String voucherId = "outbox-" + UUID.randomUUID();
        Event<VoucherStateChanged> event = Event.of(VoucherStateChanged.TYPE, "org-outbox",
                new VoucherStateChanged(voucherId, "b1", "p1", VoucherState.ACTIVE, VoucherState.REVOKED, "operator",
                        "alice"),
                Clock.systemUTC());
        var vouchers = mongo.getDatabase("hotspot-voucher").getCollection("vouchers");
        vouchers.insertOne(new Document("_id", voucherId).append("organizationId", "org-outbox")
                .append("lookupKey", UUID.randomUUID().toString()).append("state", "REVOKED").append("version", 3L)
                .append("outbox", List.of(new Document("eventId", event.id().toString()).append("key", voucherId)
                        .append("json", new String(new EventCodec().encode(event), UTF_8))
                        .append("at", Date.from(Instant.now().minusSeconds(120))))));

        List<String> sent = Topic.await(bootstrap, "voucher-events", value -> value.contains(voucherId),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(sent).hasSize(1);
        assertThat(new EventCodec().decode(sent.get(0).getBytes(UTF_8), VoucherStateChanged.TYPE)).isEqualTo(event);

        Instant deadline = Instant.now().plusSeconds(10);
        while (!vouchers.find(Filters.eq("_id", voucherId)).first().getList("outbox", Document.class).isEmpty()) {
            assertThat(Instant.now()).as("outbox emptied").isBefore(deadline);
            Fixtures.sleep(100);
        }
    }
}
