package org.hotspot.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.session.AccountingRecords.T0;
import static org.hotspot.session.AccountingRecords.record;

import java.util.List;
import java.util.Map;
import org.hotspot.events.accounting.AccountingRecord;
import org.hotspot.events.accounting.AccountingRecord.StatusType;
import org.junit.jupiter.api.Test;

/**
 * One poll's records of one session applied in memory, as a redelivery after a crash, a router's
 * retransmission or a router's reboot would bring them: each record's usage counted once, and the
 * same stored session and records giving the same usage however often they are applied.
 */
class SessionUpdateTest {

    private static final Map<String, String> NO_PLANS = Map.of();

    private static final AccountingRecord START = record("start", StatusType.START, 0, 0, 0);
    private static final AccountingRecord FIRST = record("interim-1", StatusType.INTERIM_UPDATE, 1_000, 10_000, 300);
    private static final AccountingRecord SECOND = record("interim-2", StatusType.INTERIM_UPDATE, 3_000, 30_000, 600);

    private final AccountingRecords router = new AccountingRecords();

    @Test
    void aSessionNotSeenBeforeIsOpenedAndEachRecordAddsItsShare() {
        SessionUpdate update = SessionUpdate.of(null, router.deliver(START, FIRST, SECOND), 300, NO_PLANS);

        assertThat(update.deltas()).extracting(UsageDelta::bytesOut).containsExactly(0L, 10_000L, 20_000L);
        assertThat(update.deltas()).extracting(UsageDelta::sequence).containsExactly(1L, 2L, 3L);
        assertThat(update.deltas()).extracting(delta -> delta.place().offset()).containsExactly(0L, 1L, 2L);
        assertThat(update.session().bytesOut).isEqualTo(30_000);
        assertThat(update.session().interimSeconds).isEqualTo(300);
        assertThat(update.session().lastOffset).isEqualTo(2);
        assertThat(update.changed()).isTrue();
        assertThat(update.duplicates()).isZero();
    }

    @Test
    void aPollReadAgainAfterACrashAddsNothingButIsAnnouncedAgain() {
        List<AccountingDelivery> poll = router.deliver(START, FIRST, SECOND);
        Session stored = SessionUpdate.of(null, poll, 300, NO_PLANS).session();

        SessionUpdate again = SessionUpdate.of(stored, poll, 300, NO_PLANS);

        assertThat(again.deltas()).isEmpty();
        assertThat(again.changed()).isFalse();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(again.session().bytesOut).isEqualTo(30_000);
        // The crash may have come between the session's write and what follows it: those are done again.
        assertThat(again.redelivered()).isTrue();
        assertThat(again.toAnnounce()).isTrue();
    }

    @Test
    void anOlderRecordReadAgainIsNeitherCountedNorAnnounced() {
        List<AccountingDelivery> poll = router.deliver(START, FIRST, SECOND);
        Session stored = SessionUpdate.of(null, poll, 300, NO_PLANS).session();

        SessionUpdate again = SessionUpdate.of(stored, poll.subList(1, 2), 300, NO_PLANS);

        assertThat(again.changed()).isFalse();
        assertThat(again.redelivered()).as("its follow-ups were done with the later record's").isFalse();
        assertThat(again.toAnnounce()).isFalse();
    }

    @Test
    void aRoutersRetransmissionAtANewOffsetIsCountedOnce() {
        Session stored = SessionUpdate.of(null, router.deliver(START, FIRST), 300, NO_PLANS).session();

        SessionUpdate next = SessionUpdate.of(stored, router.deliver(FIRST, SECOND), 300, NO_PLANS);

        assertThat(next.deltas()).extracting(UsageDelta::recordId).containsExactly("interim-2");
        assertThat(next.duplicates()).isEqualTo(1);
        assertThat(next.session().bytesOut).isEqualTo(30_000);
    }

    @Test
    void theSameStoredSessionAndRecordsAlwaysGiveTheSameUsage() {
        List<AccountingDelivery> earlier = router.deliver(START, FIRST);
        List<AccountingDelivery> later = router.deliver(SECOND, record("stop", StatusType.STOP, 4_000, 45_000, 700));

        // Usage written, then the session's write lost: the retry starts from the same stored session.
        List<UsageDelta> written =
                SessionUpdate.of(SessionUpdate.of(null, earlier, 300, NO_PLANS).session(), later, 300,
                        NO_PLANS).deltas();
        List<UsageDelta> retried =
                SessionUpdate.of(SessionUpdate.of(null, earlier, 300, NO_PLANS).session(), later, 300,
                        NO_PLANS).deltas();

        assertThat(retried).isEqualTo(written).hasSize(2);
    }

    @Test
    void aRebootBetweenTwoRecordsOfAPollLosesNothingAndCountsNothingTwice() {
        AccountingRecord afterReboot = record("interim-3", StatusType.INTERIM_UPDATE, 500, 4_000, 60);

        SessionUpdate update = SessionUpdate.of(null, router.deliver(START, FIRST, SECOND, afterReboot), 300, NO_PLANS);

        assertThat(update.deltas()).extracting(UsageDelta::bytesOut).containsExactly(0L, 10_000L, 20_000L, 4_000L);
        assertThat(update.session().bytesOut).isEqualTo(34_000);
        assertThat(update.session().bytesIn).isEqualTo(3_500);
        assertThat(update.session().sessionTime).isEqualTo(660);
    }

    @Test
    void aStartInThePollSaysWhenTheDevicesOlderSessionsEnd() {
        List<AccountingDelivery> poll = router.deliver(START);
        SessionUpdate started = SessionUpdate.of(null, poll, 300, NO_PLANS);
        SessionUpdate interim = SessionUpdate.of(started.session(), router.deliver(FIRST), 300, NO_PLANS);

        assertThat(started.startedAt()).isEqualTo(T0);
        assertThat(interim.startedAt()).isNull();
        assertThat(SessionUpdate.of(interim.session(), poll, 300, NO_PLANS).startedAt())
                .as("a Start read again that is no longer the last applied").isNull();
    }

    @Test
    void aStartReadAgainAfterACrashEndsTheOlderSessionsAgain() {
        List<AccountingDelivery> poll = router.deliver(START);
        Session stored = SessionUpdate.of(null, poll, 300, NO_PLANS).session();

        assertThat(SessionUpdate.of(stored, poll, 300, NO_PLANS).startedAt()).isEqualTo(T0);
    }

    @Test
    void aSessionLearnsItsPlanFromItsVoucherOnceAndKeepsIt() {
        SessionUpdate first = SessionUpdate.of(null, router.deliver(START), 300, Map.of("voucher-1", "plan-a"));
        SessionUpdate next =
                SessionUpdate.of(first.session(), router.deliver(FIRST), 300, Map.of("voucher-1", "plan-b"));

        assertThat(first.deltas()).extracting(UsageDelta::profileId).containsExactly("plan-a");
        assertThat(next.deltas()).extracting(UsageDelta::profileId).containsExactly("plan-a");
    }
}
