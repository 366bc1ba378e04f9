package org.hotspot.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hotspot.events.voucher.AccessRequest;
import org.hotspot.events.voucher.Decision;
import org.hotspot.events.voucher.RejectReason;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.Management;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithVoucherService;
import org.junit.jupiter.api.Test;

/**
 * Logins asked of the real voucher-service while others are on their way go in shared requests:
 * each still gets its own decision, and a rush costs far fewer requests than logins.
 */
@QuarkusTest
@TestProfile(DecisionBatchTest.PatientDecisions.class)
@WithVoucherService
class DecisionBatchTest {

    private static final int RUSH = 40;

    /**
     * Decisions may take 10 s rather than 2: on a test machine shared by several builds, a slow answer
     * is no wrong one, and what is tested here is who gets which answer and how many requests carry them.
     */
    public static class PatientDecisions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hotspot.gateway.decision-timeout", "PT10S");
        }
    }

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @Inject
    VoucherClient client;

    @Test
    void aRushOfFirstUsesIsDecidedInAFewRequestsEachLoginItsOwnDecision() {
        String organization = auth.newOrganization();
        String operator = auth.tokenFor(organization, "OPERATOR");
        String profile = vouchers.newProfile(operator, Map.of());
        List<String> codes = vouchers.codes(operator, vouchers.newBatch(operator, profile, RUSH));
        double requestsBefore = batchSizes("count");
        double loginsBefore = batchSizes("sum");

        List<String> failures = new CopyOnWriteArrayList<>();
        List<Uni<Decision>> calls = new ArrayList<>();
        for (int i = 0; i < RUSH; i++) {
            // Every fifth login with a code the organization does not have, between the others.
            String code = i % 5 == 4 ? "NOSUCHCODE" + i : codes.get(i);
            calls.add(client.authorize(organization, code, new AccessRequest("nas-1", "site-a",
                    String.format("AA:BB:CC:40:00:%02X", i), "10.5.50." + (i + 2), "s" + i))
                    .onFailure().invoke(e -> failures.add(e.toString()))
                    .onFailure().recoverWithNull());
        }
        List<Decision> decisions = Uni.join().all(calls).andFailFast().await().atMost(Duration.ofSeconds(60));
        assertThat(failures).as("logins left undecided").isEmpty();

        for (int i = 0; i < RUSH; i++) {
            Decision decision = decisions.get(i);
            if (i % 5 == 4) {
                assertThat(decision.reason()).as("login %d", i).isEqualTo(RejectReason.UNKNOWN);
            } else {
                assertThat(decision.firstUse()).as("login %d", i).isTrue();
                assertThat(decision.voucherId()).as("login %d", i)
                        .isEqualTo(vouchers.voucher(operator, codes.get(i)).get("id"));
            }
        }
        double requests = batchSizes("count") - requestsBefore;
        assertThat(batchSizes("sum") - loginsBefore).isEqualTo(RUSH);
        // The first two go alone (two requests in flight), the rest queue behind them and share requests.
        assertThat(requests).as("requests to voucher-service for %d logins", RUSH).isLessThanOrEqualTo(RUSH / 4);
    }

    private static double batchSizes(String statistic) {
        String metrics = Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        String name = "hotspot_gateway_decision_batch_size_" + statistic + " ";
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name) || line.startsWith("hotspot_gateway_decision_batch_size_" + statistic + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}
