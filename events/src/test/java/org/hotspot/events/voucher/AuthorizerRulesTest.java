package org.hotspot.events.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.events.voucher.AuthorizerTest.NOW;
import static org.hotspot.events.voucher.AuthorizerTest.from;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.hotspot.events.voucher.Authorizer.Verdict;
import org.hotspot.events.voucher.VoucherProjection.Device;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The order of the authorization rules and what an accept grants: a voucher that breaks several rules
 * is refused for the first, which is the reason its customer reads, and sweeps find spent exactly the
 * vouchers a login would end.
 */
class AuthorizerRulesTest {

    private static final Authorizer AUTHORIZER = new Authorizer(Duration.ofMinutes(5), Duration.ofMinutes(15));

    /** A voucher with the counters and deadlines the rules read. */
    private static VoucherProjection voucher(VoucherState state, Instant expiresAt, Instant validUntil, long timeUsed,
            long bytesIn, long bytesOut) {
        return new VoucherProjection("v1", "org", "b1", "p1", state, expiresAt,
                state == VoucherState.UNUSED ? null : NOW.minusSeconds(60), validUntil, timeUsed, bytesIn, bytesOut,
                List.of(), List.of(), 7);
    }

    /** A plan with every quota: an hour, 10,000 bytes in all, 4,000 up and 8,000 down; {@code sites} and a MAC lock. */
    private static PlanProjection quotas(List<String> sites, boolean macLock) {
        return new PlanProjection("p1", 3_600L, null, 10_000L, 4_000L, 8_000L, "4M/2M", 1, macLock, 600L, sites, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vouchersBreakingRules")
    void theFirstRuleAVoucherBreaksIsTheReasonTheCustomerSees(String what, VoucherProjection voucher,
            PlanProjection plan,
            AccessRequest request, RejectReason reason, String cause) {
        Verdict verdict = AUTHORIZER.decide(voucher, plan, request, NOW);

        assertThat(verdict.decision().accept()).isFalse();
        assertThat(verdict.decision().reason()).isEqualTo(reason);
        assertThat(verdict.change() == null ? null : verdict.change().cause()).as("why the voucher ends")
                .isEqualTo(cause);
    }

    static Stream<Arguments> vouchersBreakingRules() {
        PlanProjection anywhere = quotas(List.of(), false);
        PlanProjection siteB = quotas(List.of("site-b"), false);
        PlanProjection lockedAtSiteA = quotas(List.of("site-a"), true);
        VoucherProjection fresh = voucher(VoucherState.ACTIVE, null, null, 0, 0, 0);
        VoucherProjection bound = new VoucherProjection("v1", "org", "b1", "p1", VoucherState.ACTIVE, null, NOW, null,
                0, 0, 0, List.of("AA:BB:CC:DD:EE:01"), List.of(), 7);
        AccessRequest stranger = from("AA:BB:CC:DD:EE:02");
        return Stream.of(
                Arguments.of("disabled, and past its validity",
                        voucher(VoucherState.DISABLED, null, NOW.minusSeconds(1), 0, 0, 0),
                        anywhere, stranger, RejectReason.DISABLED, null),
                Arguments.of("unused past its batch's expiry", voucher(VoucherState.UNUSED, NOW, null, 0, 0, 0),
                        anywhere, stranger, RejectReason.EXPIRED, "batch-expiry"),
                Arguments.of("past its validity, its time spent too",
                        voucher(VoucherState.ACTIVE, null, NOW, 3_600, 0, 0),
                        anywhere, stranger, RejectReason.EXPIRED, "validity"),
                Arguments.of("its time and its data spent", voucher(VoucherState.ACTIVE, null, null, 3_600, 10_000, 0),
                        anywhere, stranger, RejectReason.EXHAUSTED, "time-quota"),
                Arguments.of("its upload spent", voucher(VoucherState.ACTIVE, null, null, 0, 4_000, 0),
                        anywhere, stranger, RejectReason.EXHAUSTED, "data-quota"),
                Arguments.of("its download spent", voucher(VoucherState.ACTIVE, null, null, 0, 0, 8_000),
                        anywhere, stranger, RejectReason.EXHAUSTED, "data-quota"),
                Arguments.of("up and down together past its data",
                        voucher(VoucherState.ACTIVE, null, null, 0, 3_000, 7_000),
                        anywhere, stranger, RejectReason.EXHAUSTED, "data-quota"),
                Arguments.of("spent, at a site its plan is not for",
                        voucher(VoucherState.ACTIVE, null, null, 3_600, 0, 0),
                        siteB, stranger, RejectReason.EXHAUSTED, "time-quota"),
                Arguments.of("at another site, on another device than its own", bound,
                        quotas(List.of("site-b"), true), stranger, RejectReason.WRONG_SITE, null),
                Arguments.of("from a router that names no site", fresh,
                        siteB, new AccessRequest("nas-1", null, "AA:BB:CC:DD:EE:02", null, "s1"),
                        RejectReason.WRONG_SITE, null),
                Arguments.of("on another device than its own, its one place taken",
                        new VoucherProjection("v1", "org", "b1",
                                "p1", VoucherState.ACTIVE, null, NOW, null, 0, 0, 0, List.of("AA:BB:CC:DD:EE:01"),
                                List.of(new Device("AA:BB:CC:DD:EE:01", "s1", "nas-1", NOW)), 7),
                        lockedAtSiteA, stranger, RejectReason.MAC_MISMATCH, null));
    }

    @Test
    void anAcceptGrantsWhatIsLeftOfEachQuotaAndThePlansLimits() {
        Verdict verdict = AUTHORIZER.decide(voucher(VoucherState.ACTIVE, null, null, 600, 1_000, 2_000),
                quotas(List.of(), false), from("AA:BB:CC:DD:EE:01"), NOW);

        Decision decision = verdict.decision();
        assertThat(decision.accept()).isTrue();
        assertThat(decision.sessionTimeoutSeconds()).isEqualTo(3_000);
        assertThat(decision.dataLeftBytes()).isEqualTo(7_000);
        assertThat(decision.uploadLeftBytes()).isEqualTo(3_000);
        assertThat(decision.downloadLeftBytes()).isEqualTo(6_000);
        assertThat(decision.rateLimit()).isEqualTo("4M/2M");
        assertThat(decision.idleTimeoutSeconds()).isEqualTo(600);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spentVouchers")
    void sweepsFindSpentWhatALoginWouldEnd(String what, VoucherProjection voucher, RejectReason spent) {
        assertThat(Authorizer.spentBy(voucher, quotas(List.of(), false), NOW)).isEqualTo(spent);
    }

    static Stream<Arguments> spentVouchers() {
        return Stream.of(
                Arguments.of("unused, its batch expired", voucher(VoucherState.UNUSED, NOW, null, 0, 0, 0),
                        RejectReason.EXPIRED),
                Arguments.of("unused, its batch not expired",
                        voucher(VoucherState.UNUSED, NOW.plusSeconds(1), null, 0, 0, 0), null),
                Arguments.of("active, past its validity", voucher(VoucherState.ACTIVE, null, NOW, 0, 0, 0),
                        RejectReason.EXPIRED),
                Arguments.of("its time spent", voucher(VoucherState.ACTIVE, null, null, 3_600, 0, 0),
                        RejectReason.EXHAUSTED),
                Arguments.of("its upload spent", voucher(VoucherState.ACTIVE, null, null, 0, 4_000, 0),
                        RejectReason.EXHAUSTED),
                Arguments.of("its download spent", voucher(VoucherState.ACTIVE, null, null, 0, 0, 8_000),
                        RejectReason.EXHAUSTED),
                Arguments.of("its data spent", voucher(VoucherState.ACTIVE, null, null, 0, 3_000, 7_000),
                        RejectReason.EXHAUSTED),
                Arguments.of("a second of each left", voucher(VoucherState.ACTIVE, null, null, 3_599, 3_999, 5_999),
                        null));
    }
}
