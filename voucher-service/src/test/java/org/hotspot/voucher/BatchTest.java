package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hotspot.voucher.Fixtures.as;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hamcrest.Matchers;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.Topic;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Batches through HTTP: generation in the background, codes, their storage, the CSV and bad orders. */
@QuarkusTest
@WithAuthService
class BatchTest {

    @InjectAuthService
    AuthService auth;

    @InjectKafka
    String bootstrap;

    @Inject
    MongoClient mongo;

    private String operator;
    private String profileId;

    @BeforeEach
    void anOrganizationWithAProfile() {
        operator = auth.tokenFor(auth.newOrganization(), "OPERATOR");
        profileId = Fixtures.profile(operator);
    }

    @Test
    void aThousandCodesAreDistinctOfTheAskedLengthAndAlphabet() {
        Map<String, Object> order = Fixtures.batchOf(profileId, 1000);
        order.put("codeLength", 12);
        order.put("prefix", "cf");
        JsonPath accepted = Fixtures.orderBatch(operator, order);
        assertThat(accepted.getString("state")).isIn("GENERATING", "READY");
        assertThat(accepted.getInt("total")).isEqualTo(1000);
        assertThat(accepted.getLong("guess.expectedSeconds")).isPositive();
        assertThat(accepted.getBoolean("guess.weak")).isFalse();

        JsonPath ready = Fixtures.awaitState(operator, accepted.getString("id"), "READY");
        assertThat(ready.getInt("done")).isEqualTo(1000);

        List<String> codes = Fixtures.codes(operator, accepted.getString("id"));
        assertThat(codes).hasSize(1000).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("CF[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}"));
    }

    @Test
    void theGuessingEstimateIsAtTheRateRouterGatewayEnforces() {
        // The organization's guessing budget, read by router-gateway under the same names.
        Config config = ConfigProvider.getConfig();
        double perSecond = config.getValue("hotspot.guessing.organization-budget", Integer.class)
                / (double) config.getValue("hotspot.guessing.window", Duration.class).toSeconds();
        JsonPath accepted = Fixtures.orderBatch(operator, Fixtures.batchOf(profileId, 10));

        assertThat(accepted.getDouble("guess.guessesPerSecond")).isEqualTo(perSecond);
        long live = accepted.getLong("guess.liveVouchers");
        assertThat(accepted.getLong("guess.expectedSeconds"))
                .isEqualTo(GuessEstimate.of(live, 10, 31, perSecond).expected().getSeconds());
        assertThat(accepted.getString("guess.description")).endsWith(" at " + Math.round(perSecond)
                + " guesses/s for " + live + " live vouchers");
        JsonPath ready = Fixtures.awaitState(operator, accepted.getString("id"), "READY");
        assertThat(ready.getDouble("guess.guessesPerSecond")).as("as stored with the batch").isEqualTo(perSecond);
    }

    @Test
    void shortCodesForManyLiveVouchersCarryAWarning() {
        Map<String, Object> order = Fixtures.batchOf(profileId, 2000);
        order.put("codeLength", 6);
        JsonPath accepted = Fixtures.orderBatch(operator, order);
        // 31^6 / 2001 at the test's 20 guesses/s is about 6 hours.
        assertThat(accepted.getBoolean("guess.weak")).isTrue();
        assertThat(accepted.getString("guess.warning")).contains("30 days");
        assertThat(accepted.getLong("guess.liveVouchers")).isEqualTo(2000);
        Fixtures.awaitState(operator, accepted.getString("id"), "READY");
    }

    @ParameterizedTest
    @CsvSource({"0,count", "100001,count", "-5,count"})
    void badCountsAreA400NamingTheField(int count, String field) {
        as(operator).body(Fixtures.batchOf(profileId, count)).when().post("/api/batches")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    @Test
    void aMissingCountBadLengthsAndPrefixesAre400s() {
        as(operator).body(Map.of("profileId", profileId)).when().post("/api/batches")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("count"));
        for (int length : new int[] {5, 21}) {
            Map<String, Object> order = Fixtures.batchOf(profileId, 10);
            order.put("codeLength", length);
            as(operator).body(order).when().post("/api/batches")
                    .then().statusCode(400).body("violations.field", hasItem("codeLength"));
        }
        Map<String, Object> order = Fixtures.batchOf(profileId, 10);
        order.put("prefix", "NO-DASH");
        as(operator).body(order).when().post("/api/batches")
                .then().statusCode(400).body("violations.field", hasItem("prefix"));
        order = Fixtures.batchOf(profileId, 10);
        order.put("expiresAt", Instant.now().minusSeconds(60).toString());
        as(operator).body(order).when().post("/api/batches")
                .then().statusCode(400).body("violations.field", hasItem("expiresAt"));
        as(operator).body(Fixtures.batchOf("no-such-profile", 10)).when().post("/api/batches")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRetiredProfileSellsNoNewBatch() {
        as(operator).when().post("/api/profiles/" + profileId + "/retire").then().statusCode(200);
        as(operator).body(Fixtures.batchOf(profileId, 10)).when().post("/api/batches")
                .then().statusCode(409).body("type", is("/problems/profile-retired"));
    }

    @Test
    void codesAreStoredOnlyAsKeyedHashesAndSealedValues() {
        String batchId = Fixtures.readyBatch(operator, profileId, 20);
        List<String> codes = Fixtures.codes(operator, batchId);

        List<Document> stored = mongo.getDatabase("hotspot-voucher").getCollection("vouchers")
                .find(Filters.eq("batchId", batchId)).into(new ArrayList<>());
        assertThat(stored).hasSize(20);
        for (Document voucher : stored) {
            String json = voucher.toJson();
            assertThat(codes).noneSatisfy(code -> assertThat(json).contains(code));
            assertThat(voucher.getString("lookupKey")).matches("[0-9a-f]{64}");
            assertThat(voucher.getString("sealedCode")).startsWith("v1:");
        }
    }

    @Test
    void aCodeIsFoundHoweverItIsTyped() {
        String code = Fixtures.oneCode(operator, profileId);
        String typed = " " + code.substring(0, 4).toLowerCase(Locale.ROOT) + "-" + code.substring(4, 8) + " "
                + code.substring(8);
        assertThat(Fixtures.voucher(operator, typed).getString("code")).isEqualTo(code);
        as(operator).when().get("/api/vouchers/" + code + "X").then().statusCode(404);
    }

    @Test
    void theCsvHasEveryVoucherWithItsCode() {
        String batchId = Fixtures.readyBatch(operator, profileId, 300);
        List<String> codes = Fixtures.codes(operator, batchId);

        String csv = as(operator).when().get("/api/batches/" + batchId + "/vouchers.csv")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFserial,code,printed_code,state,profile,price,currency");
        assertThat(lines).hasSize(301);
        Set<String> exported = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            assertThat(cells[0]).isEqualTo(Integer.toString(i));
            assertThat(cells[3]).isEqualTo("UNUSED");
            assertThat(cells[5]).isEqualTo("2.5");
            exported.add(cells[1]);
        }
        assertThat(exported).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void progressIsPublishedUntilReady() {
        String batchId = Fixtures.readyBatch(operator, profileId, 5000);
        List<String> events = Topic.await(bootstrap, "voucher-events",
                value -> value.contains("\"BatchProgress\"") && value.contains(batchId),
                found -> found.stream().anyMatch(value -> value.contains("\"READY\"")), Duration.ofSeconds(30));
        assertThat(events).anySatisfy(value -> assertThat(value).contains("\"GENERATING\"").contains("\"done\":2000"));
        assertThat(events).anySatisfy(value -> assertThat(value).contains("\"READY\"").contains("\"done\":5000"));
    }

    @Test
    void viewersSeeVouchersWithoutCodesAndCannotExport() {
        String organization = auth.newOrganization();
        String admin = auth.tokenFor(organization, "ORG_ADMIN");
        String viewer = auth.tokenFor(organization, "VIEWER");
        String batchId = Fixtures.readyBatch(admin, Fixtures.profile(admin), 3);

        as(viewer).when().get("/api/batches/" + batchId + "/vouchers").then().statusCode(200)
                .body("vouchers.size()", is(3)).body("vouchers.code", Matchers.everyItem(Matchers.nullValue()));
        as(viewer).when().get("/api/batches/" + batchId + "/vouchers.csv").then().statusCode(403);
        as(viewer).body(Fixtures.batchOf(Fixtures.profile(admin), 1)).when().post("/api/batches").then()
                .statusCode(403);
    }
}
