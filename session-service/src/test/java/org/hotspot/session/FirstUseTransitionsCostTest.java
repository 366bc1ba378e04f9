package org.hotspot.session;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.Topics;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.events.voucher.VoucherStateChanged;
import org.hotspot.session.repository.VoucherLedgerRepository;
import org.hotspot.session.repository.VoucherProfileRepository;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.MongoCommands;
import org.hotspot.testing.Topic;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.Test;

/**
 * A rush of first uses reaches this service as a burst of unused-to-active transitions: each
 * voucher's plan is remembered (usage by profile needs it), in a few shared writes, and no ledger is
 * read for them (a voucher never used has none to reopen).
 */
@QuarkusTest
@WithAuthService
class FirstUseTransitionsCostTest {

    private static final int FIRST_USES = 50;

    @InjectKafka
    String kafka;

    @Inject
    VoucherProfileRepository profiles;

    @Test
    void aBurstOfFirstUsesIsAFewWritesAndNoLedgerRead() {
        String organization = UUID.randomUUID().toString();
        EventCodec codec = new EventCodec();
        Set<String> vouchers = new LinkedHashSet<>();
        List<Map.Entry<String, String>> events = new ArrayList<>();
        for (int i = 0; i < FIRST_USES; i++) {
            String voucher = UUID.randomUUID().toString();
            vouchers.add(voucher);
            Event<VoucherStateChanged> event = Event.of(VoucherStateChanged.TYPE, organization,
                    new VoucherStateChanged(voucher, "batch-rush", "plan-rush", VoucherState.UNUSED,
                            VoucherState.ACTIVE,
                            "first-use", "system", null, 2),
                    Clock.systemUTC());
            events.add(Map.entry(voucher, new String(codec.encode(event), UTF_8)));
        }

        MongoCommands before = MongoCommands.now();
        Topic.sendAll(kafka, Topics.VOUCHER_EVENTS, events);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> profiles.profilesOf(vouchers).await().atMost(Duration.ofSeconds(5)).size() == FIRST_USES);
        Map<String, String> known = profiles.profilesOf(vouchers).await().atMost(Duration.ofSeconds(5));
        MongoCommands after = MongoCommands.now();

        assertThat(known).hasSize(FIRST_USES).containsValue("plan-rush");
        assertThat(before.until(after, "find", VoucherLedgerRepository.COLLECTION)).as("ledger reads, %s", after)
                .isZero();
        assertThat(before.until(after, "update", "voucher_profiles")).as("plan writes").isBetween(1L, 10L);
    }
}
