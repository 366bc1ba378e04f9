package org.hotspot.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotspot.events.Topics;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;
import org.hotspot.events.session.VoucherUsage;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.events.voucher.VoucherStateChanged;
import org.hotspot.session.repository.DeviceSessionRepository;
import org.hotspot.session.repository.OpenSessionRepository;
import org.hotspot.session.repository.SessionRepository;
import org.hotspot.session.repository.VoucherLedgerRepository;
import org.hotspot.session.service.LedgerBackfill;
import org.hotspot.session.service.QuotaEnforcement;
import org.hotspot.session.service.SessionService;
import org.hotspot.session.service.VoucherTotals;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.Topic;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.Test;

/**
 * Vouchers' totals from their ledgers rather than from a query over every session: sessions stored
 * before ledgers were kept still count, a closing the ledger missed (the service stopped between the
 * two writes) is found on the voucher's next report, of a device's two sessions the older one is
 * closed even when its records arrive after the newer one's, and a session that starts after its
 * voucher ended is cut off.
 */
@QuarkusTest
@WithAuthService
class VoucherLedgerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    SessionRepository sessions;

    @Inject
    VoucherLedgerRepository ledgers;

    @Inject
    LedgerBackfill backfill;

    @Inject
    VoucherTotals totals;

    @Inject
    SessionService service;

    @Inject
    QuotaEnforcement enforcement;

    @Inject
    OpenSessionRepository openSessions;

    @InjectKafka
    String kafka;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @Test
    void sessionsStoredBeforeLedgersCountOnceInTheVouchersTotals() {
        String organization = UUID.randomUUID().toString();
        String voucher = UUID.randomUUID().toString();
        Session first = stored(organization, voucher, "router-1", "aa:00:00:00:00:01", false, 3_000, 4_000, 60);
        Session second = stored(organization, voucher, "router-1", "aa:00:00:00:00:02", false, 5L << 32, 7, 120);
        Session open = stored(organization, voucher, "router-2", "aa:00:00:00:00:03", true, 10, 20, 30);
        stored(UUID.randomUUID().toString(), voucher, "router-9", "aa:00:00:00:00:04", true, 999, 999, 999);
        database().getCollection(VoucherLedgerRepository.COLLECTION).deleteOne(
                Filters.eq("_id", VoucherLedgerRepository.id(organization, voucher)));
        database().getCollection("migrations").deleteMany(new Document());
        database().getCollection(OpenSessionRepository.COLLECTION)
                .deleteMany(new Document("organizationId", organization));

        backfill.run().await().atMost(WAIT);
        backfill.run().await().atMost(WAIT);
        database().getCollection("migrations").deleteMany(new Document());
        backfill.run().await().atMost(WAIT);

        VoucherUsage usage = usage(organization, voucher);
        assertThat(usage.bytesIn()).isEqualTo(first.bytesIn + second.bytesIn + open.bytesIn);
        assertThat(usage.bytesOut()).isEqualTo(first.bytesOut + second.bytesOut + open.bytesOut);
        assertThat(usage.timeUsedSeconds()).isEqualTo(210);
        assertThat(usage.openSessions()).singleElement()
                .satisfies(session -> assertThat(session.sessionId()).isEqualTo(open.acctSessionId));
        Document device = database().getCollection(DeviceSessionRepository.COLLECTION)
                .find(Filters.eq("_id", DeviceSessionRepository.id("router-2", open.mac))).first();
        assertThat(device).as("the open session is its device's newest").isNotNull();
        assertThat(device.getString("sessionId")).isEqualTo(open.id);
        assertThat(openSessions.ofOrganization(organization).await().atMost(WAIT))
                .as("the open session is in the open sessions' set").singleElement()
                .satisfies(entry -> assertThat(entry.sessionId()).isEqualTo(open.id));
    }

    @Test
    void aClosingTheLedgerMissedIsFoundOnTheVouchersNextReport() {
        String organization = UUID.randomUUID().toString();
        String voucher = UUID.randomUUID().toString();
        Session left = stored(organization, voucher, "router-1", "bb:00:00:00:00:01", true, 100, 200, 10);
        Session other = stored(organization, voucher, "router-1", "bb:00:00:00:00:02", true, 1, 2, 3);
        totals.publishAll(List.of(left, other)).await().atMost(WAIT);
        assertThat(usage(organization, voucher).openSessions()).hasSize(2);

        // Marked, closed and written, and then the service stopped before the ledger took the closed copy.
        ledgers.markClosing(List.of(left)).await().atMost(WAIT);
        long read = left.version;
        SessionAccounting.close(left, Instant.now(), "Stale");
        assertThat(sessions.save(left, read).await().atMost(WAIT)).isTrue();
        assertThat(usage(organization, voucher).openSessions()).as("the ledger missed it").hasSize(2);

        other.bytesIn += 1_000;
        long otherRead = other.version;
        assertThat(sessions.save(other, otherRead).await().atMost(WAIT)).isTrue();
        totals.publishAll(List.of(other)).await().atMost(WAIT);

        VoucherUsage usage = usage(organization, voucher);
        assertThat(usage.openSessions()).singleElement()
                .satisfies(session -> assertThat(session.sessionId()).isEqualTo(other.acctSessionId));
        assertThat(usage.bytesIn()).isEqualTo(100 + 1_001);
    }

    @Test
    void aDevicesOlderSessionArrivingLateIsClosedByTheNewerOne() {
        String organization = UUID.randomUUID().toString();
        String voucher = UUID.randomUUID().toString();
        String mac = "cc:00:00:00:00:01";
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        AccountingRecord newer = start("router-1", mac, voucher, now);
        AccountingRecord older = start("router-1", mac, voucher, now.minusSeconds(300));

        service.apply(List.of(delivery(organization, newer, 1))).await().atMost(WAIT);
        service.apply(List.of(delivery(organization, older, 2))).await().atMost(WAIT);
        AccountingRecord newest = start("router-1", mac, voucher, now.plusSeconds(60));
        service.apply(List.of(delivery(organization, newest, 3))).await().atMost(WAIT);

        Map<String, Session> byId = Map.of(
                older.key(), sessions.findById(older.key()).await().atMost(WAIT),
                newer.key(), sessions.findById(newer.key()).await().atMost(WAIT),
                newest.key(), sessions.findById(newest.key()).await().atMost(WAIT));
        assertThat(byId.get(older.key()).state).isEqualTo(SessionState.CLOSED);
        assertThat(byId.get(older.key()).stopCause).isEqualTo("Superseded");
        assertThat(byId.get(newer.key()).state).as("ended by the newest").isEqualTo(SessionState.CLOSED);
        assertThat(byId.get(newest.key()).state).isEqualTo(SessionState.OPEN);
        assertThat(usage(organization, voucher).openSessions()).singleElement()
                .satisfies(session -> assertThat(session.sessionId()).isEqualTo(newest.acctSessionId()));
    }

    @Test
    void aSessionStartedAfterItsVoucherEndedIsCutOffAsItArrives() {
        String organization = UUID.randomUUID().toString();
        String voucher = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        AccountingRecord online = start("router-1", "dd:00:00:00:00:01", voucher, now.minusSeconds(600));
        service.apply(List.of(delivery(organization, online, 1))).await().atMost(WAIT);
        UUID end = UUID.randomUUID();

        enforcement.onTransition(organization, end, new VoucherStateChanged(voucher, null, null, VoucherState.ACTIVE,
                VoucherState.EXHAUSTED, "data-quota", "session-service")).await().atMost(WAIT);
        // Its login was accepted just before the end; its Start comes in after.
        AccountingRecord late = start("router-2", "dd:00:00:00:00:02", voucher, now);
        service.apply(List.of(delivery(organization, late, 2))).await().atMost(WAIT);

        List<String> commands = Topic.await(kafka, Topics.ROUTER_COMMANDS, value -> value.contains(voucher),
                found -> found.stream().anyMatch(command -> command.contains(late.acctSessionId())),
                Duration.ofSeconds(20));
        assertThat(commands).allSatisfy(command -> assertThat(command).contains("DisconnectCommand", "data-quota"));
        assertThat(commands).anySatisfy(command -> assertThat(command).contains(online.acctSessionId()));
        assertThat(commands).anySatisfy(command -> assertThat(command).contains(late.acctSessionId()));
        // The one online before is told again as the late one reports (it is still open): under the same command id.
        assertThat(commands.stream().map(VoucherLedgerTest::commandId).distinct()).hasSize(2);
    }

    private static String commandId(String command) {
        Matcher id = Pattern.compile("\"commandId\":\"([^\"]+)\"").matcher(command);
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    @Test
    void aVoucherEndingUnusedGetsNoLedger() {
        String organization = UUID.randomUUID().toString();
        String voucher = UUID.randomUUID().toString();

        enforcement.onTransition(organization, UUID.randomUUID(), new VoucherStateChanged(voucher, null, null,
                VoucherState.UNUSED, VoucherState.EXPIRED, "batch-expired", "voucher-service")).await().atMost(WAIT);

        assertThat(ledgers.of(organization, voucher).await().atMost(WAIT)).isNull();
    }

    private VoucherUsage usage(String organization, String voucher) {
        VoucherLedger ledger = ledgers.of(organization, voucher).await().atMost(WAIT);
        assertThat(ledger).as("the voucher's ledger").isNotNull();
        return ledger.usage(Instant.now());
    }

    private Session stored(String organization, String voucher, String router, String mac, boolean open, long in,
            long out, long seconds) {
        Session session = new Session();
        session.id = AccountingRecord.key(router, UUID.randomUUID().toString());
        session.organizationId = organization;
        session.voucherId = voucher;
        session.routerId = router;
        session.acctSessionId = session.id.substring(session.id.indexOf(':') + 1);
        session.mac = mac;
        session.state = open ? SessionState.OPEN : SessionState.CLOSED;
        session.startedAt = Instant.now().minusSeconds(seconds);
        session.lastUpdateAt = Instant.now();
        session.bytesIn = in;
        session.bytesOut = out;
        session.sessionTime = seconds;
        assertThat(sessions.save(session, -1).await().atMost(WAIT)).isTrue();
        return session;
    }

    private static AccountingRecord start(String router, String mac, String voucher, Instant at) {
        return new AccountingRecord(UUID.randomUUID().toString(), router, "nas-1", "192.0.2.1", "site-a",
                StatusType.START, UUID.randomUUID().toString(), null, voucher, mac, "10.5.50.7", 0, 0, 0, 0, 0, null,
                at, at);
    }

    private static AccountingDelivery delivery(String organization, AccountingRecord record, long offset) {
        return new AccountingDelivery(organization, record, "test-" + UUID.randomUUID(), offset);
    }

    private MongoDatabase database() {
        return mongo.getDatabase(database);
    }
}
