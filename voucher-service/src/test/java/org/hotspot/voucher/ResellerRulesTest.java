package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hotspot.voucher.Fixtures.as;

import com.mongodb.client.model.IndexOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.AuthService.Operator;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.hotspot.voucher.repository.RefundRepository;
import org.hotspot.voucher.service.ResellerRefunds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reseller is charged in their own currency or refused, is granted credit only if auth-service
 * knows them as a RESELLER of the organization, sees only the profiles they may sell, and gets back
 * a refund that could not be given at once.
 */
@QuarkusTest
@WithAuthService
class ResellerRulesTest {

    @InjectAuthService
    AuthService auth;

    @Inject
    RefundRepository refunds;

    @Inject
    MeterRegistry registry;

    @Inject
    ResellerRefunds resellerRefunds;

    private String organization;
    private String admin;
    private Operator reseller;
    private String usd;

    @BeforeEach
    void aResellerAndAProfileInDollars() {
        organization = auth.newOrganization();
        admin = auth.tokenFor(organization, "ORG_ADMIN");
        reseller = auth.newOperator(organization, "RESELLER");
        usd = Fixtures.profile(admin);
    }

    private Response grant(String username, String currency, List<String> profiles) {
        return as(admin).body(Map.of("currency", currency, "addCredit", "100", "allowedProfileIds", profiles))
                .when().put("/api/resellers/" + username);
    }

    private double credit() {
        return as(reseller.accessToken()).when().get("/api/resellers/me").then().statusCode(200)
                .extract().jsonPath().getDouble("credit");
    }

    /** A refund of a batch of this test's reseller recorded as owed, due at {@code due}. */
    private Refund owe(long units, String currency, Instant due) {
        Refund owed = new Refund();
        owed.batchId = UUID.randomUUID().toString();
        owed.organizationId = organization;
        owed.reseller = reseller.username();
        owed.units = units;
        owed.currency = currency;
        owed.createdAt = Instant.now();
        owed.nextAttemptAt = due;
        refunds.owe(owed).await().atMost(Duration.ofSeconds(5));
        return owed;
    }

    @Test
    void aResellerIsNeverChargedInAnotherCurrency() {
        grant(reseller.username(), "IQD", List.of(usd)).then().statusCode(200);

        as(reseller.accessToken()).body(Fixtures.batchOf(usd, 1)).when().post("/api/batches").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("/problems/currency-mismatch"));
        assertThat(credit()).isEqualTo(100.0);
    }

    @Test
    void creditGoesOnlyToAnEnabledResellerOfTheOrganization() {
        grant("nobody-" + UUID.randomUUID(), "USD", List.of(usd)).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("/problems/reseller-unknown"));
        grant(auth.newOperator(organization, "OPERATOR").username(), "USD", List.of(usd)).then().statusCode(404)
                .body("type", is("/problems/reseller-unknown"));
        grant(auth.newOperator(auth.newOrganization(), "RESELLER").username(), "USD", List.of(usd))
                .then().statusCode(404)
                .body("type", is("/problems/reseller-unknown"));
        assertThat(as(admin).when().get("/api/resellers").then().statusCode(200).extract().jsonPath()
                .getList("username", String.class)).isEmpty();

        grant(reseller.username(), "USD", List.of(usd)).then().statusCode(200).body("credit", is(100));
    }

    @Test
    void aResellerSeesOnlyTheProfilesTheyMaySell() {
        String other = Fixtures.profile(admin);
        grant(reseller.username(), "USD", List.of(usd)).then().statusCode(200);

        assertThat(as(reseller.accessToken()).when().get("/api/profiles").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class)).containsExactly(usd);
        as(reseller.accessToken()).when().get("/api/profiles/" + usd).then().statusCode(200);
        as(reseller.accessToken()).when().get("/api/profiles/" + other).then().statusCode(404);
        assertThat(as(admin).when().get("/api/profiles").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class)).containsExactlyInAnyOrder(usd, other);
    }

    @Test
    void aRefundLeftOwedIsGivenOnceByTheRetries() {
        grant(reseller.username(), "USD", List.of(usd)).then().statusCode(200);
        double given = registry.counter("hotspot.voucher.refunds", "result", "given").count();
        Refund owed = owe(25_000, "USD", Instant.now());

        Instant deadline = Instant.now().plusSeconds(30);
        while (credit() < 102.5 && Instant.now().isBefore(deadline)) {
            Fixtures.sleep(200);
        }
        assertThat(credit()).isEqualTo(102.5);
        assertThat(registry.counter("hotspot.voucher.refunds", "result", "given").count()).isGreaterThan(given);

        // The same refund owed again (a crash after giving it, before forgetting it) gives nothing more.
        refunds.owe(owed).await().atMost(Duration.ofSeconds(5));
        deadline = Instant.now().plusSeconds(30);
        while (refunds.findById(owed.batchId).await().atMost(Duration.ofSeconds(5)) != null
                && Instant.now().isBefore(deadline)) {
            Fixtures.sleep(200);
        }
        assertThat(refunds.findById(owed.batchId).await().atMost(Duration.ofSeconds(5))).isNull();
        assertThat(credit()).isEqualTo(102.5);
    }

    @Test
    void creditInAnotherCurrencyIsRefusedNotRelabelled() {
        grant(reseller.username(), "IQD", List.of(usd)).then().statusCode(200);

        grant(reseller.username(), "USD", List.of(usd)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("/problems/currency-mismatch"));
        as(reseller.accessToken()).when().get("/api/resellers/me").then().statusCode(200)
                .body("credit", is(100))
                .body("currency", is("IQD"));
    }

    @Test
    void aResellerWithNoCreditLeftMayChangeCurrency() {
        as(admin).body(Map.of("currency", "IQD", "addCredit", "0", "allowedProfileIds", List.of(usd)))
                .when().put("/api/resellers/" + reseller.username()).then().statusCode(200);

        grant(reseller.username(), "USD", List.of(usd)).then().statusCode(200)
                .body("credit", is(100))
                .body("currency", is("USD"));
    }

    @Test
    void aRefundIsGivenOnlyInItsOwnCurrency() {
        grant(reseller.username(), "USD", List.of(usd)).then().statusCode(200);
        Refund owed = owe(25_000_000, "IQD", Instant.now());

        Instant deadline = Instant.now().plusSeconds(30);
        Refund left = owed;
        while (left != null && left.attempts == 0 && Instant.now().isBefore(deadline)) {
            Fixtures.sleep(200);
            left = refunds.findById(owed.batchId).await().atMost(Duration.ofSeconds(5));
        }
        assertThat(credit()).as("dinars are not given as dollars").isEqualTo(100.0);
        assertThat(left).as("still owed, in dinars").isNotNull();
        assertThat(left.currency).isEqualTo("IQD");
    }

    @Test
    void aRefundThatCannotEvenBeRecordedIsCountedAsLost() {
        double lost = registry.counter("hotspot.voucher.refunds", "result", "lost").count();
        Refund first = owe(10_000, "USD", Instant.now().plusSeconds(3_600));
        // A second refund of the organization is now refused by MongoDB itself, every time.
        refunds.mongoCollection().createIndex(new Document("organizationId", 1),
                new IndexOptions().unique(true).name("one_per_organization"))
                .await().atMost(Duration.ofSeconds(5));
        try {
            Batch batch = new Batch();
            batch.id = UUID.randomUUID().toString();
            batch.organizationId = organization;
            batch.charged = new BigDecimal("2.5");
            batch.currency = "USD";
            resellerRefunds.refund(reseller.username(), batch).await().atMost(Duration.ofSeconds(60));
        } finally {
            refunds.mongoCollection().dropIndex("one_per_organization").await().atMost(Duration.ofSeconds(5));
            refunds.forget(first.batchId).await().atMost(Duration.ofSeconds(5));
        }
        assertThat(registry.counter("hotspot.voucher.refunds", "result", "lost").count()).isEqualTo(lost + 1);
    }
}
