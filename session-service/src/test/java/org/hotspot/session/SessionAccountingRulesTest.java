package org.hotspot.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.session.AccountingRecords.ORGANIZATION;
import static org.hotspot.session.AccountingRecords.T0;
import static org.hotspot.session.AccountingRecords.record;

import java.time.Instant;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What one accounting record adds to its session, in memory: the data and time a customer sees their
 * voucher use. Routers report cumulative counters; a record adds its counters minus the previous
 * record's, and a counter lower than before has restarted from zero.
 */
class SessionAccountingRulesTest {

    private static final UsageDelta.Place PLACE = new UsageDelta.Place(AccountingRecords.PARTITION, 0);

    @ParameterizedTest(name = "{0}: {1} then {2} adds {3}")
    @CsvSource(delimiter = '|', value = {
            "the counter grew                                  | 1000        | 1500        | 500",
            "nothing moved                                     | 1500        | 1500        | 0",
            "past 4 GiB, its Gigawords folded in               | 4294967000  | 4294968296  | 1296",
            "far past 4 GiB                                    | 21474836480 | 21474837480 | 1000",
            "the router rebooted and counts from zero again    | 5000        | 300         | 300",
            "a 32-bit counter wrapped, no Gigawords sent       | 4294967000  | 200         | 200",
    })
    void aRecordAddsItsCountersMinusThePreviousRecords(String what, long before, long after, long added) {
        Session session = opened(record("r1", StatusType.START, before, before, before));

        UsageDelta delta =
                SessionAccounting.apply(session, record("r2", StatusType.INTERIM_UPDATE, after, after, after), PLACE);

        assertThat(delta.bytesIn()).as("upload").isEqualTo(added);
        assertThat(delta.bytesOut()).as("download").isEqualTo(added);
        assertThat(delta.seconds()).as("time").isEqualTo(added);
        assertThat(session.bytesIn).isEqualTo(before + added);
        assertThat(session.bytesOut).isEqualTo(before + added);
        assertThat(session.sessionTime).isEqualTo(before + added);
    }

    @Test
    void eachCounterRestartsOnItsOwn() {
        Session session = opened(record("r1", StatusType.START, 8_000, 9_000, 600));

        UsageDelta delta =
                SessionAccounting.apply(session, record("r2", StatusType.INTERIM_UPDATE, 100, 9_500, 900), PLACE);

        assertThat(delta.bytesIn()).as("restarted").isEqualTo(100);
        assertThat(delta.bytesOut()).isEqualTo(500);
        assertThat(delta.seconds()).isEqualTo(300);
    }

    @Test
    void aSessionWhoseStartWasLostCountsItsFirstRecordInFullAndBeganBeforeIt() {
        AccountingRecord interim = record("r1", StatusType.INTERIM_UPDATE, 7_000, 70_000, 300);
        Session session = SessionAccounting.open(ORGANIZATION, interim, 300);

        UsageDelta delta = SessionAccounting.apply(session, interim, PLACE);

        assertThat(session.startedAt).as("Acct-Session-Time before the record").isEqualTo(T0);
        assertThat(session.open()).isTrue();
        assertThat(delta.bytesIn()).isEqualTo(7_000);
        assertThat(delta.bytesOut()).isEqualTo(70_000);
        assertThat(delta.seconds()).isEqualTo(300);
        assertThat(delta.sequence()).isEqualTo(1);
    }

    @Test
    void aRetransmittedRecordIsCountedOnce() {
        AccountingRecord interim = record("r2", StatusType.INTERIM_UPDATE, 1_000, 2_000, 300);
        Session session = opened(record("r1", StatusType.START, 0, 0, 0));
        SessionAccounting.apply(session, interim, PLACE);

        assertThat(SessionAccounting.apply(session, interim, PLACE)).as("the same record again").isNull();

        assertThat(session.bytesIn).isEqualTo(1_000);
        assertThat(session.sequence).isEqualTo(2);
    }

    @Test
    void aLateCopyOfAnOlderRecordIsNotMistakenForARestart() {
        AccountingRecord first = record("r2", StatusType.INTERIM_UPDATE, 1_000, 2_000, 300);
        Session session = opened(record("r1", StatusType.START, 0, 0, 0));
        SessionAccounting.apply(session, first, PLACE);
        SessionAccounting.apply(session, record("r3", StatusType.INTERIM_UPDATE, 3_000, 6_000, 600), PLACE);

        // Its counters are lower than the last record's, as after a reboot; its id says it was counted.
        assertThat(SessionAccounting.apply(session, first, PLACE)).isNull();

        assertThat(session.bytesIn).isEqualTo(3_000);
        assertThat(session.bytesOut).isEqualTo(6_000);
    }

    @Test
    void aStopClosesTheSessionWithItsCauseAndForgetsTheUserName() {
        Session session = opened(record("r1", StatusType.START, 0, 0, 0));
        session.sealedUserName = "sealed";

        SessionAccounting.apply(session, record("r2", StatusType.STOP, 10, 20, 120, "Idle-Timeout"), PLACE);

        assertThat(session.state).isEqualTo(SessionState.CLOSED);
        assertThat(session.stopCause).isEqualTo("Idle-Timeout");
        assertThat(session.stoppedAt).isEqualTo(T0.plusSeconds(120));
        assertThat(session.sealedUserName).as("only a Disconnect-Request needs it").isNull();
    }

    @Test
    void aStopWithoutACauseIsAPlainStopAndASecondStopChangesNoCause() {
        Session session = opened(record("r1", StatusType.START, 0, 0, 0));

        SessionAccounting.apply(session, record("r2", StatusType.STOP, 10, 20, 120, null), PLACE);
        SessionAccounting.apply(session, record("r3", StatusType.STOP, 30, 40, 180, "Admin-Reset"), PLACE);

        assertThat(session.stopCause).isEqualTo("Stop");
        assertThat(session.stoppedAt).isEqualTo(T0.plusSeconds(120));
        assertThat(session.bytesIn).as("its usage still counts").isEqualTo(30);
    }

    @Test
    void aSessionEndedWithoutItsStopEndsNoEarlierThanItsLastRecord() {
        Instant lastRecord = T0.plusSeconds(600);
        Session setBack = withALastRecordAt(600);
        Session later = withALastRecordAt(600);

        SessionAccounting.end(setBack, lastRecord.minusSeconds(3_600), "NAS-Reboot");
        SessionAccounting.end(later, lastRecord.plusSeconds(60), "NAS-Reboot");

        assertThat(setBack.stoppedAt).as("a router clock set back by its reboot").isEqualTo(lastRecord);
        assertThat(later.stoppedAt).isEqualTo(lastRecord.plusSeconds(60));
        assertThat(later.stopCause).isEqualTo("NAS-Reboot");
        assertThat(later.open()).isFalse();
    }

    private static Session opened(AccountingRecord start) {
        Session session = SessionAccounting.open(ORGANIZATION, start, 300);
        SessionAccounting.apply(session, start, PLACE);
        return session;
    }

    private static Session withALastRecordAt(long seconds) {
        Session session = opened(record("r1", StatusType.START, 0, 0, 0));
        SessionAccounting.apply(session, record("r2", StatusType.INTERIM_UPDATE, 10, 20, seconds), PLACE);
        return session;
    }
}
