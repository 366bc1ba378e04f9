package org.hotspot.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.hotspot.events.session.VoucherUsage;
import org.junit.jupiter.api.Test;

/** A voucher's ledger in memory: each session counted once, at its newest version, and only its organization's. */
class VoucherLedgerEntriesTest {

    @Test
    void anOlderCopyOfASessionChangesNothingAndANewerOneReplacesIt() {
        VoucherLedger ledger = VoucherLedger.of("org-1", "voucher-1", null);
        Session newer = session("org-1", "r1:a", 5, 1_000, true);
        Session older = session("org-1", "r1:a", 4, 700, true);

        assertThat(ledger.take(List.of(newer))).isTrue();
        assertThat(ledger.take(List.of(older))).as("an older copy").isFalse();
        assertThat(ledger.take(List.of(newer))).as("the same copy again").isFalse();
        assertThat(ledger.usage(Instant.EPOCH).bytesIn()).isEqualTo(1_000);

        Session closed = session("org-1", "r1:a", 6, 1_200, false);
        assertThat(ledger.take(List.of(closed))).isTrue();
        VoucherUsage usage = ledger.usage(Instant.EPOCH);
        assertThat(usage.bytesIn()).isEqualTo(1_200);
        assertThat(usage.openSessions()).isEmpty();
    }

    @Test
    void aSessionMarkedClosingStaysMarkedUntilTheLedgerTakesItAgain() {
        VoucherLedger ledger = VoucherLedger.of("org-1", "voucher-1", null);
        Session open = session("org-1", "r1:a", 2, 100, true);
        ledger.take(List.of(open));

        assertThat(ledger.markClosing(List.of(open))).isTrue();
        assertThat(ledger.markClosing(List.of(open))).as("marked already").isFalse();
        assertThat(ledger.take(List.of(session("org-1", "r1:a", 1, 50, true)))).as("an older copy").isFalse();
        assertThat(VoucherLedger.of(ledger.document()).closing()).singleElement()
                .satisfies(entry -> assertThat(entry.sessionId()).isEqualTo("r1:a"));

        assertThat(ledger.take(List.of(open))).as("the same copy, read again after the closing was cut short").isTrue();
        assertThat(ledger.closing()).isEmpty();
        assertThat(ledger.usage(Instant.EPOCH).openSessions()).hasSize(1);
    }

    @Test
    void sessionsOfAnotherOrganizationOrVoucherAreNotCounted() {
        VoucherLedger ledger = VoucherLedger.of("org-1", "voucher-1", null);
        Session ours = session("org-1", "r1:a", 1, 10, true);
        Session theirs = session("org-2", "r1:b", 1, 20, true);
        Session otherVoucher = session("org-1", "r1:c", 1, 40, true);
        otherVoucher.voucherId = "voucher-2";

        ledger.take(List.of(ours, theirs, otherVoucher));

        VoucherUsage usage = ledger.usage(Instant.EPOCH);
        assertThat(usage.bytesIn()).isEqualTo(10);
        assertThat(usage.openSessions()).hasSize(1);
    }

    @Test
    void aLedgerReadBackFromItsDocumentSumsTheSame() {
        VoucherLedger ledger = VoucherLedger.of("org-1", "voucher-1", null);
        ledger.take(List.of(session("org-1", "r1:a.b$c", 3, 5L << 32, false), session("org-1", "r2:x", 1, 7, true)));

        VoucherLedger read = VoucherLedger.of(ledger.document());

        assertThat(read.usage(Instant.EPOCH)).isEqualTo(ledger.usage(Instant.EPOCH));
        assertThat(read.organizationId()).isEqualTo("org-1");
        assertThat(read.voucherId()).isEqualTo("voucher-1");
    }

    @Test
    void theUsageIsEverySessionsTimeAndTrafficAndNamesTheOpenOnes() {
        VoucherLedger ledger = VoucherLedger.of("org-1", "voucher-1", null);
        Session closed = session("org-1", "r1:a", 3, 1_000, false);
        Session open = session("org-1", "r2:b", 2, 50, true);

        ledger.take(List.of(closed, open));

        VoucherUsage usage = ledger.usage(Instant.EPOCH.plusSeconds(5));
        assertThat(usage.voucherId()).isEqualTo("voucher-1");
        assertThat(usage.timeUsedSeconds()).isEqualTo(3 * 60 + 2 * 60);
        assertThat(usage.bytesIn()).isEqualTo(1_050);
        assertThat(usage.bytesOut()).isEqualTo(2_100);
        assertThat(usage.openSessions()).singleElement().satisfies(session -> {
            assertThat(session.sessionId()).as("Acct-Session-Id").isEqualTo("b");
            assertThat(session.nasId()).isEqualTo("r2");
        });
        assertThat(ledger.sessionIds()).containsExactlyInAnyOrder("r1:a", "r2:b");
        assertThat(ledger.open()).extracting(VoucherLedger.Entry::sessionId).containsExactly("r2:b");
    }

    @Test
    void theUserNameForADisconnectIsKeptOnlyWhileTheSessionIsOpen() {
        VoucherLedger ledger = VoucherLedger.of("org-1", "voucher-1", null);
        Session open = session("org-1", "r1:a", 1, 10, true);
        open.sealedUserName = "sealed-a";
        ledger.take(List.of(open));
        assertThat(VoucherLedger.of(ledger.document()).open()).singleElement()
                .satisfies(entry -> assertThat(entry.sealedUserName()).isEqualTo("sealed-a"));

        Session closed = session("org-1", "r1:a", 2, 20, false);
        closed.sealedUserName = "sealed-a";
        ledger.take(List.of(closed));

        assertThat(ledger.document().get("sessions", Document.class).toJson()).doesNotContain("sealed-a");
    }

    @Test
    void aSessionMarkedClosingBeforeTheLedgerKnewItIsCountedAndMarked() {
        VoucherLedger ledger = VoucherLedger.of("org-1", "voucher-1", null);

        assertThat(ledger.markClosing(List.of(session("org-1", "r1:a", 4, 300, true)))).isTrue();

        assertThat(ledger.closing()).extracting(VoucherLedger.Entry::sessionId).containsExactly("r1:a");
        assertThat(ledger.usage(Instant.EPOCH).bytesIn()).isEqualTo(300);
    }

    @Test
    void aVouchersEndIsRecordedOnceKeptInItsDocumentAndLiftedWithNull() {
        VoucherLedger ledger = VoucherLedger.of("org-1", "voucher-1", null);
        VoucherLedger.Ended revoked = new VoucherLedger.Ended("REVOKED", "sold by mistake", "event-1");

        assertThat(ledger.end(revoked)).isTrue();
        assertThat(ledger.end(new VoucherLedger.Ended("REVOKED", "sold by mistake", "event-1"))).as("the same end")
                .isFalse();
        assertThat(VoucherLedger.of(ledger.document()).ended()).isEqualTo(revoked);

        assertThat(ledger.end(null)).as("usable again").isTrue();
        assertThat(VoucherLedger.of(ledger.document()).ended()).isNull();
        assertThat(ledger.end(null)).isFalse();
    }

    private static Session session(String organization, String key, long version, long bytesIn, boolean open) {
        Session session = new Session();
        session.id = key;
        session.organizationId = organization;
        session.voucherId = "voucher-1";
        session.routerId = key.substring(0, key.indexOf(':'));
        session.acctSessionId = key.substring(key.indexOf(':') + 1);
        session.mac = "aa:bb:cc:00:00:01";
        session.state = open ? SessionState.OPEN : SessionState.CLOSED;
        session.version = version;
        session.bytesIn = bytesIn;
        session.bytesOut = 2 * bytesIn;
        session.sessionTime = version * 60;
        return session;
    }
}
