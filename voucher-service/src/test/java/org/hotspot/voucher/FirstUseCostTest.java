package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotspot.voucher.Fixtures.authorize;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.MongoCommands;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.Test;

/**
 * What a first use costs MongoDB, as the service's own command metrics count it: one conditional
 * write of its voucher, no read of its plan once one voucher of that plan was decided, and the sent
 * event cleared from the outbox in a write shared with the other first uses of the moment.
 */
@QuarkusTest
@WithAuthService
class FirstUseCostTest {

    private static final int FIRST_USES = 20;

    @InjectAuthService
    AuthService auth;

    @Inject
    MongoClient mongo;

    @Test
    void aFirstUseIsOneConditionalWriteAndNoPlanRead() {
        String organization = auth.newOrganization();
        String operator = auth.tokenFor(organization, "OPERATOR");
        String profile = Fixtures.profile(operator, Fixtures.plan("first use cost"));
        List<String> codes = Fixtures.codes(operator, Fixtures.readyBatch(operator, profile, FIRST_USES + 1));
        assertThat(authorize(organization, codes.get(0), "nas-1", "aa-bb-cc-10-00-00", "s0").getBoolean("accept"))
                .isTrue();
        outboxesEmptied(organization); // the first voucher's clearing is not counted below

        MongoCommands before = MongoCommands.now();
        for (int i = 1; i <= FIRST_USES; i++) {
            String mac = String.format("aa-bb-cc-10-00-%02x", i);
            assertThat(authorize(organization, codes.get(i), "nas-1", mac, "s" + i).getBoolean("firstUse")).isTrue();
        }
        outboxesEmptied(organization);
        MongoCommands after = MongoCommands.now();

        assertThat(before.until(after, "findAndModify", "vouchers")).as("conditional writes, %s", after)
                .isEqualTo(FIRST_USES);
        assertThat(before.until(after, "find", "profiles")).as("plan reads").isZero();
        // Twenty events sent in well under the second between clearings: at most a few shared writes.
        assertThat(before.until(after, "update", "vouchers")).as("outbox clearings").isBetween(1L, 4L);
    }

    /** Every sent event of the organization's vouchers cleared from their outboxes (a clearing runs every second). */
    private void outboxesEmptied(String organization) {
        var vouchers = mongo.getDatabase("hotspot-voucher").getCollection("vouchers");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            for (Document voucher : vouchers.find(Filters.eq("organizationId", organization))) {
                if (!voucher.getList("outbox", Document.class, List.of()).isEmpty()) {
                    return false;
                }
            }
            return true;
        });
    }
}
