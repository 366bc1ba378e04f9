package org.hotspot.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;
import org.hotspot.events.audit.AuditEntry;
import org.hotspot.events.router.CoaCommand;
import org.hotspot.events.router.CommandOutcome;
import org.hotspot.events.router.DisconnectCommand;
import org.hotspot.events.session.SessionChanged;
import org.hotspot.events.session.VoucherUsage;
import org.hotspot.events.voucher.BatchProgress;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.events.voucher.VoucherStateChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event type of the platform survives the trip through its JSON form unchanged, on its own topic. */
class ContractsTest {

    static final Instant AT = Instant.parse("2026-11-22T08:00:00.5Z");

    record Case(EventType<Object> type, Object payload, String topic) {
    }

    @SuppressWarnings("unchecked")
    static Case of(EventType<?> type, Object payload, String topic) {
        return new Case((EventType<Object>) type, payload, topic);
    }

    static Stream<Case> contracts() {
        return Stream.of(
                of(AuditEntry.TYPE, new AuditEntry("alice", "VOUCHER_REVOKED", "voucher", "v1", "10.0.0.1",
                        AuditEntry.Result.SUCCESS, "ACTIVE -> REVOKED", "voucher-service"), Topics.AUDIT_EVENTS),
                of(VoucherStateChanged.TYPE, new VoucherStateChanged("v1", "b1", "p1", VoucherState.UNUSED,
                        VoucherState.ACTIVE, "first-use", "system"), Topics.VOUCHER_EVENTS),
                of(BatchProgress.TYPE, new BatchProgress("b1", "p1", "GENERATING", 2000, 100_000),
                        Topics.VOUCHER_EVENTS),
                of(VoucherUsage.TYPE, new VoucherUsage("v1", 3600, 5_000_000_000L, 7_000_000_000L,
                        List.of(new VoucherUsage.OpenSession("s1", "AA:BB:CC:DD:EE:FF", "r1")), AT),
                        Topics.SESSION_EVENTS),
                of(SessionChanged.TYPE, new SessionChanged("r1:8100001", "v1", "r1", "site-a", "AA:BB:CC:DD:EE:FF",
                        "10.5.50.2", "CLOSED", 5_000_000_000L, 12L, 600, AT, AT, AT, "Stale"), Topics.SESSION_EVENTS),
                of(AccountingRecord.TYPE, new AccountingRecord("d1", "r1", "hap-1", "10.0.0.1", "site-a",
                        StatusType.INTERIM_UPDATE, "8100001", "v1:k1:c2VhbGVk", "v1", "AA:BB:CC:DD:EE:FF", "10.5.50.2",
                        6_442_450_944L, 12L, 9L, 10L, 600, null, AT, AT.plusMillis(3)), Topics.ACCOUNTING_RECORDS),
                of(DisconnectCommand.TYPE, new DisconnectCommand("c1", "r1", "8100001", "v1:k1:c2VhbGVk", "10.5.50.2",
                        "AA:BB:CC:DD:EE:FF", "v1", "data-quota"), Topics.ROUTER_COMMANDS),
                of(CoaCommand.TYPE, new CoaCommand("c2", "r1", "8100001", "v1:k1:c2VhbGVk", "10.5.50.2",
                        "AA:BB:CC:DD:EE:FF", "v1", "4M/8M", 1800L, 6_442_450_944L, "plan-changed"),
                        Topics.ROUTER_COMMANDS),
                of(CommandOutcome.TYPE, new CommandOutcome("c1", "r1", "8100001", "disconnect",
                        CommandOutcome.Result.NAK, 503, 1), Topics.ROUTER_EVENTS));
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void roundTrips(Case contract) {
        EventCodec codec = new EventCodec();
        Event<Object> event = Event.of(contract.type(), "org-1", contract.payload(), Clock.fixed(AT, ZoneOffset.UTC));

        Event<Object> back = codec.decode(codec.encode(event), contract.type());

        assertThat(back).isEqualTo(event);
        assertThat(contract.type().topic()).isEqualTo(contract.topic());
    }

    /** Records written before codes left the topic are still read; their clear User-Name is not kept. */
    @Test
    void aRecordWithTheOldClearUserNameIsReadWithoutIt() {
        String old = """
                {"id":"0b5d3c1e-8f0a-4d55-9a51-8a0d1c5e2f11","type":"AccountingRecord","version":1,
                 "occurredAt":"2026-11-22T08:00:00.5Z","organizationId":"org-1",
                 "payload":{"recordId":"d1","routerId":"r1","nasIdentifier":"hap-1","nasIp":"10.0.0.1","site":"site-a",
                  "statusType":"STOP","acctSessionId":"8100001","userName":"ABCD2345","voucherId":"v1",
                  "mac":"AA:BB:CC:DD:EE:FF","framedIp":"10.5.50.2","inputOctets":5,"outputOctets":6,
                  "inputPackets":1,"outputPackets":2,"sessionTime":60,"terminateCause":"User-Request",
                  "eventTime":"2026-11-22T08:00:00Z","receivedAt":"2026-11-22T08:00:00.1Z"}}""";

        Event<AccountingRecord> event = new EventCodec().decode(old.getBytes(UTF_8), AccountingRecord.TYPE);

        assertThat(event.payload().voucherId()).isEqualTo("v1");
        assertThat(event.payload().inputOctets()).isEqualTo(5);
        assertThat(event.payload().sealedUserName()).isNull();
        assertThat(new String(new EventCodec().encode(event), UTF_8)).doesNotContain("ABCD2345");
    }

    /**
     * During a rolling upgrade, a session-service or router-gateway of the release before still reads
     * what this one writes on accounting-records and router-commands: it knows these types only at
     * version 1, and drops or parks a newer version as unreadable.
     */
    @SuppressWarnings("rawtypes")
    @ParameterizedTest
    @MethodSource("sealedUserNameContracts")
    void aReaderOfThePreviousReleaseStillReadsIt(Case contract) {
        EventCodec codec = new EventCodec();
        byte[] json =
                codec.encode(Event.of(contract.type(), "org-1", contract.payload(), Clock.fixed(AT, ZoneOffset.UTC)));
        EventType<Map> previousRelease = new EventType<>(contract.type().name(), 1, contract.topic(), Map.class);

        Event<Map> read = codec.decode(json, previousRelease);

        assertThat(read.payload().get("routerId")).isEqualTo("r1");
        assertThat(read.payload().get("acctSessionId")).isEqualTo("8100001");
    }

    static Stream<Case> sealedUserNameContracts() {
        return contracts()
                .filter(c -> c.topic().equals(Topics.ACCOUNTING_RECORDS) || c.topic().equals(Topics.ROUTER_COMMANDS));
    }

    /** What goes on accounting-records and router-commands has no field for a code in clear. */
    @Test
    void noContractCarriesAUserNameInClear() {
        EventCodec codec = new EventCodec();
        sealedUserNameContracts()
                .forEach(c -> assertThat(new String(codec.encode(Event.of(c.type(), "org-1", c.payload(),
                        Clock.fixed(AT, ZoneOffset.UTC))), UTF_8)).doesNotContain("\"userName\""));
    }
}
