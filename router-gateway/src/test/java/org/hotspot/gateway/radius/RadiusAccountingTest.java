package org.hotspot.gateway.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.RadiusFixture.counter;
import static org.hotspot.gateway.radius.RadiusFixture.counterAt;
import static org.hotspot.gateway.radius.RadiusFixture.nasIdentifier;
import static org.hotspot.gateway.radius.RadiusFixture.registerRouter;
import static org.hotspot.gateway.radius.RadiusFixture.secret;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hotspot.events.Event;
import org.hotspot.events.EventCodec;
import org.hotspot.events.Topics;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.InjectKafka;
import org.hotspot.testing.InjectVoucherService;
import org.hotspot.testing.Topic;
import org.hotspot.testing.VoucherService;
import org.hotspot.testing.WithVoucherService;
import org.hotspot.testing.radius.Radclient;
import org.hotspot.testing.radius.Radclient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accounting from radclient playing the router to records on the real {@code accounting-records}
 * topic: Start, Interim-Update and Stop with 64-bit byte counts, Accounting-On, and a retransmission
 * with a raised Acct-Delay-Time that downstream can recognise. Usage without Class is charged to
 * the voucher its User-Name names; no record holds a code, only the User-Name sealed.
 */
@QuarkusTest
@WithVoucherService
class RadiusAccountingTest {

    private static final long GIB = 1024L * 1024 * 1024;
    private final EventCodec codec = new EventCodec();

    @InjectAuthService
    AuthService auth;

    @InjectVoucherService
    VoucherService vouchers;

    @InjectKafka
    String kafka;

    @Inject
    RadiusPorts ports;

    private String organization;
    private String routerId;
    private String nasIdentifier;
    private Radclient router;

    @BeforeEach
    void anOrganizationWithARouter() {
        organization = auth.newOrganization();
        nasIdentifier = nasIdentifier();
        String secret = secret();
        routerId = registerRouter(auth.tokenFor(organization, "ORG_ADMIN"), nasIdentifier, secret, "site-a", 3799);
        router = Radclient.to("127.0.0.1", ports.accountingPort(), secret);
    }

    private List<String> record(String status, String sessionId, String mac, String... more) {
        List<String> lines = withoutClass(status, sessionId, "ABCD-EFGH-JK", mac, more);
        lines.add("Class = 0x" + HexFormat.of().formatHex("hs1:voucher-42:s1".getBytes(StandardCharsets.US_ASCII)));
        return lines;
    }

    /** A record as a NAS that does not echo Class sends it (or as a proxy that strips it passes it on). */
    private List<String> withoutClass(String status, String sessionId, String userName, String mac, String... more) {
        List<String> lines = new ArrayList<>(List.of(
                "Acct-Status-Type = " + status,
                Radclient.text("Acct-Session-Id", sessionId),
                Radclient.text("User-Name", userName),
                Radclient.text("NAS-Identifier", nasIdentifier),
                "NAS-IP-Address = 127.0.0.1",
                Radclient.text("Calling-Station-Id", mac),
                "Framed-IP-Address = 10.5.50.23"));
        lines.addAll(List.of(more));
        return lines;
    }

    private List<AccountingRecord> records(int count) {
        return rawRecords(count).stream()
                .map(value -> codec.decode(value.getBytes(StandardCharsets.UTF_8), AccountingRecord.TYPE))
                .map(Event::payload).toList();
    }

    /** The router's values on the topic as the broker holds them. */
    private List<String> rawRecords(int count) {
        return Topic.await(kafka, Topics.ACCOUNTING_RECORDS, value -> value.contains(routerId),
                found -> found.size() >= count, Duration.ofSeconds(20));
    }

    /** The code in any case, with or without the separators a customer may type. */
    private static void assertNoCode(List<String> rawValues, String code) {
        String bare = code.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        assertThat(rawValues).isNotEmpty().allSatisfy(value -> {
            assertThat(value.toUpperCase(Locale.ROOT)).doesNotContain(bare);
            assertThat(value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "")).doesNotContain(bare);
        });
    }

    @Test
    void startInterimAndStopArriveWithByteCountsAboveFourGibibytes() {
        String session = "81" + UUID.randomUUID().toString().substring(0, 6);
        String mac = "aa-bb-cc-00-11-22";

        List<Reply> replies = router.sendAll("acct", List.of(
                record("Start", session, mac),
                record("Interim-Update", session, mac, "Acct-Input-Octets = 1000", "Acct-Input-Gigawords = 1",
                        "Acct-Output-Octets = 2000", "Acct-Output-Gigawords = 3", "Acct-Session-Time = 60",
                        "Acct-Input-Packets = 10", "Acct-Output-Packets = 20"),
                record("Stop", session, mac, "Acct-Input-Octets = 5000", "Acct-Input-Gigawords = 2",
                        "Acct-Output-Octets = 7000", "Acct-Output-Gigawords = 4", "Acct-Session-Time = 125",
                        "Acct-Terminate-Cause = Session-Timeout")));

        assertThat(replies).allSatisfy(reply -> assertThat(reply.code()).as(reply.transcript())
                .isEqualTo("Accounting-Response"));
        List<AccountingRecord> records = records(3);
        assertThat(records).extracting(AccountingRecord::statusType)
                .containsExactly(StatusType.START, StatusType.INTERIM_UPDATE, StatusType.STOP);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.acctSessionId()).isEqualTo(session);
            assertThat(record.key()).isEqualTo(routerId + ":" + session);
            assertThat(record.mac()).isEqualTo("AA:BB:CC:00:11:22");
            assertThat(record.framedIp()).isEqualTo("10.5.50.23");
            assertThat(record.voucherId()).isEqualTo("voucher-42");
            assertThat(record.site()).isEqualTo("site-a");
            assertThat(record.sealedUserName()).isNotBlank();
        });
        assertNoCode(rawRecords(3), "ABCD-EFGH-JK");
        AccountingRecord interim = records.get(1);
        assertThat(interim.inputOctets()).isEqualTo(4 * GIB + 1000);
        assertThat(interim.outputOctets()).isEqualTo(12 * GIB + 2000);
        assertThat(interim.sessionTime()).isEqualTo(60);
        assertThat(interim.inputPackets()).isEqualTo(10);
        AccountingRecord stop = records.get(2);
        assertThat(stop.inputOctets()).isEqualTo(8 * GIB + 5000);
        assertThat(stop.outputOctets()).isEqualTo(16 * GIB + 7000);
        assertThat(stop.sessionTime()).isEqualTo(125);
        assertThat(stop.terminateCause()).isEqualTo("Session-Timeout");
        assertThat(records).extracting(AccountingRecord::recordId).doesNotHaveDuplicates();
    }

    @Test
    void accountingOnArrivesForTheWholeRouter() {
        Reply reply = router.acct("Acct-Status-Type = Accounting-On", Radclient.text("NAS-Identifier", nasIdentifier),
                "NAS-IP-Address = 127.0.0.1");

        assertThat(reply.code()).as(reply.transcript()).isEqualTo("Accounting-Response");
        AccountingRecord on = records(1).get(0);
        assertThat(on.statusType()).isEqualTo(StatusType.ACCOUNTING_ON);
        assertThat(on.routerId()).isEqualTo(routerId);
    }

    @Test
    void aRetransmissionWithALongerDelayIsRecognisableDownstream() {
        String session = "81" + UUID.randomUUID().toString().substring(0, 6);
        List<String> interim = record("Interim-Update", session, "AA:BB:CC:00:11:23", "Acct-Input-Octets = 1",
                "Acct-Session-Time = 30");
        List<String> later = new ArrayList<>(interim);
        later.add("Acct-Delay-Time = 5");

        List<Reply> replies = router.sendAll("acct", List.of(interim, later));

        assertThat(replies).allSatisfy(reply -> assertThat(reply.code()).isEqualTo("Accounting-Response"));
        List<AccountingRecord> records = records(2);
        assertThat(records).hasSize(2);
        assertThat(records.get(1).recordId()).isEqualTo(records.get(0).recordId());
        assertThat(records.get(1).eventTime()).isBefore(records.get(1).receivedAt());
    }

    @Test
    void recordsPublishedAreCounted() {
        double before = counter("hotspot_gateway_accounting_total", "result=\"published\"");

        router.acct(record("Start", "81" + UUID.randomUUID().toString().substring(0, 6), "AA:BB:CC:00:11:24")
                .toArray(String[]::new));

        assertThat(counter("hotspot_gateway_accounting_total", "result=\"published\"")).isEqualTo(before + 1);
    }

    @Test
    void withoutClassTheUsageIsChargedToTheVoucherTheUserNameNames() {
        String operator = auth.tokenFor(organization, "OPERATOR");
        String code = vouchers.codes(operator, vouchers.newBatch(operator,
                vouchers.newProfile(operator, Map.of("dataQuotaBytes", 10_000_000)), 1)).get(0);
        String voucherId = (String) vouchers.voucher(operator, code).get("id");
        String typed = code.substring(0, 4).toLowerCase(Locale.ROOT) + "-" + code.substring(4);
        String session = "81" + UUID.randomUUID().toString().substring(0, 6);
        String mac = "AA:BB:CC:00:11:25";

        List<Reply> replies = router.sendAll("acct", List.of(
                withoutClass("Start", session, typed, mac),
                withoutClass("Interim-Update", session, typed, mac, "Acct-Input-Octets = 1000",
                        "Acct-Session-Time = 60"),
                withoutClass("Stop", session, typed, mac, "Acct-Input-Octets = 2000", "Acct-Session-Time = 90")));

        assertThat(replies).allSatisfy(reply -> assertThat(reply.code()).as(reply.transcript())
                .isEqualTo("Accounting-Response"));
        assertThat(records(3)).extracting(AccountingRecord::voucherId).containsOnly(voucherId);
        assertNoCode(rawRecords(3), code);
    }

    @Test
    void usageNoVoucherCanBeFoundForIsRecordedAndCounted() {
        double before = counter("hotspot_gateway_accounting_total", "result=\"unattributed\"");
        String session = "81" + UUID.randomUUID().toString().substring(0, 6);

        Reply reply = router.acct(withoutClass("Start", session, "NO-SUCH-CODE-2345", "AA:BB:CC:00:11:26")
                .toArray(String[]::new));

        assertThat(reply.code()).as(reply.transcript()).isEqualTo("Accounting-Response");
        assertThat(records(1).get(0).voucherId()).isNull();
        assertThat(counter("hotspot_gateway_accounting_total", "result=\"unattributed\"")).isEqualTo(before + 1);
    }

    /** Trial users and MAC authentication send User-Names that are no code, on every packet of a session. */
    @Test
    void aUserNameThatNamedNoVoucherIsNotAskedAboutAgainAtOnce() {
        double asked = voucherIdRequests();
        String session = "81" + UUID.randomUUID().toString().substring(0, 6);
        String trialUser = "T-AA:BB:CC:00:11:27";

        List<Reply> replies = router.sendAll("acct", List.of(
                withoutClass("Start", session, trialUser, "AA:BB:CC:00:11:27"),
                withoutClass("Interim-Update", session, trialUser, "AA:BB:CC:00:11:27", "Acct-Session-Time = 60"),
                withoutClass("Stop", session, trialUser, "AA:BB:CC:00:11:27", "Acct-Session-Time = 90")));

        assertThat(replies).allSatisfy(reply -> assertThat(reply.code()).as(reply.transcript())
                .isEqualTo("Accounting-Response"));
        assertThat(records(3)).extracting(AccountingRecord::voucherId).containsOnlyNulls();
        assertThat(voucherIdRequests()).isEqualTo(asked + 1);
    }

    /** The requests voucher-service has answered on the endpoint that finds a voucher by lookup key. */
    private double voucherIdRequests() {
        return counterAt(vouchers.managementUrl() + "/q/metrics", "http_server_requests_seconds_count",
                "uri=\"/internal/voucher-id\"");
    }
}
