package org.hotspot.events.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hotspot.events.voucher.Authorizer.Verdict;
import org.hotspot.events.voucher.VoucherProjection.Device;
import org.junit.jupiter.api.Test;

class AuthorizerTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    final Authorizer authorizer = new Authorizer(Duration.ofMinutes(5), Duration.ofMinutes(15));

    static PlanProjection plan(Long time, Long validity, Long data, int sharedUsers, boolean macLock,
            List<String> sites) {
        return new PlanProjection("p1", time, validity, data, null, null, "4M/2M", sharedUsers, macLock, 600L, sites,
                null);
    }

    static VoucherProjection voucher(VoucherState state, Instant validUntil, long timeUsed, long bytes,
            List<String> bound, List<Device> devices) {
        return new VoucherProjection("v1", "org", "b1", "p1", state, null,
                state == VoucherState.UNUSED ? null : NOW.minusSeconds(60),
                validUntil, timeUsed, bytes, 0, bound, devices, 7);
    }

    static AccessRequest from(String mac) {
        return new AccessRequest("nas-1", "site-a", mac, "10.0.0.2", "s-" + mac);
    }

    @Test
    void firstUseActivatesAndGrantsTheLesserOfTimeAndValidity() {
        Verdict verdict = authorizer.decide(voucher(VoucherState.UNUSED, null, 0, 0, List.of(), List.of()),
                plan(3_600L, 1_800L, 1_000L, 1, false, List.of()), from("aa-bb-cc-dd-ee-01"), NOW);

        assertThat(verdict.decision().accept()).isTrue();
        assertThat(verdict.decision().firstUse()).isTrue();
        assertThat(verdict.decision().sessionTimeoutSeconds()).isEqualTo(1_800L);
        assertThat(verdict.decision().dataLeftBytes()).isEqualTo(1_000L);
        assertThat(verdict.decision().interimIntervalSeconds()).isEqualTo(300L);
        assertThat(verdict.change().to()).isEqualTo(VoucherState.ACTIVE);
        assertThat(verdict.change().basedOnVersion()).isEqualTo(7);
        assertThat(verdict.change().validUntil()).isEqualTo(NOW.plusSeconds(1_800));
        assertThat(verdict.change().devices()).extracting(Device::mac).containsExactly("AA:BB:CC:DD:EE:01");
    }

    /** A profile stored before plans were bounded, with an absurd validity, must not fail every login. */
    @Test
    void anAbsurdValidityStoredBeforeTheLimitsIsBoundedNotOverflowed() {
        Verdict verdict = authorizer.decide(voucher(VoucherState.UNUSED, null, 0, 0, List.of(), List.of()),
                plan(null, Long.MAX_VALUE, null, 1, false, List.of()), from("aa-bb-cc-dd-ee-01"), NOW);

        assertThat(verdict.decision().accept()).isTrue();
        assertThat(verdict.change().validUntil()).isEqualTo(NOW.plusSeconds(PlanProjection.MAX_SECONDS));
        assertThat(verdict.decision().sessionTimeoutSeconds()).isEqualTo(PlanProjection.MAX_SECONDS)
                .isLessThan(Integer.MAX_VALUE);
    }

    @Test
    void closedStatesRejectWithTheirReason() {
        for (VoucherState state : List.of(VoucherState.EXHAUSTED, VoucherState.EXPIRED, VoucherState.REVOKED,
                VoucherState.DISABLED)) {
            Verdict verdict = authorizer.decide(voucher(state, null, 0, 0, List.of(), List.of()),
                    plan(null, null, null, 1, false, List.of()), from("AA:BB:CC:DD:EE:01"), NOW);
            assertThat(verdict.decision().accept()).isFalse();
            assertThat(verdict.decision().reason().wire()).isEqualTo(state.name().toLowerCase(Locale.ROOT));
            assertThat(verdict.change()).isNull();
        }
        assertThat(authorizer.decide(null, null, from("x"), NOW).decision().reason()).isEqualTo(RejectReason.UNKNOWN);
    }

    @Test
    void spentQuotaOrValidityEndsTheVoucherAtLogin() {
        PlanProjection plan = plan(100L, null, 1_000L, 1, false, List.of());
        Verdict time = authorizer.decide(voucher(VoucherState.ACTIVE, null, 100, 0, List.of(), List.of()), plan,
                from("01"), NOW);
        Verdict data = authorizer.decide(voucher(VoucherState.ACTIVE, null, 0, 1_000, List.of(), List.of()), plan,
                from("01"), NOW);
        Verdict validity = authorizer.decide(voucher(VoucherState.ACTIVE, NOW, 0, 0, List.of(), List.of()), plan,
                from("01"), NOW);

        assertThat(time.decision().reason()).isEqualTo(RejectReason.EXHAUSTED);
        assertThat(time.change().to()).isEqualTo(VoucherState.EXHAUSTED);
        assertThat(data.change().cause()).isEqualTo("data-quota");
        assertThat(validity.decision().reason()).isEqualTo(RejectReason.EXPIRED);
        assertThat(validity.change().to()).isEqualTo(VoucherState.EXPIRED);
    }

    @Test
    void sharedUsersCountLiveLeasesOnlyAndTheSameDeviceReplacesItsOwn() {
        PlanProjection two = plan(null, null, null, 2, false, List.of());
        List<Device> held = List.of(new Device("AA:BB:CC:DD:EE:01", "s1", "nas-1", NOW.minusSeconds(60)),
                new Device("AA:BB:CC:DD:EE:02", "s2", "nas-1", NOW.minusSeconds(60)));
        VoucherProjection full = voucher(VoucherState.ACTIVE, null, 0, 0, List.of(), held);

        assertThat(authorizer.decide(full, two, from("AA:BB:CC:DD:EE:03"), NOW).decision().reason())
                .isEqualTo(RejectReason.DEVICE_LIMIT);
        Verdict again = authorizer.decide(full, two, from("aa:bb:cc:dd:ee:02"), NOW);
        assertThat(again.decision().accept()).isTrue();
        assertThat(again.change().devices()).hasSize(2);
        // A lease not renewed for longer than the lease no longer holds a place.
        VoucherProjection stale = voucher(VoucherState.ACTIVE, null, 0, 0, List.of(),
                List.of(held.get(0),
                        new Device("AA:BB:CC:DD:EE:02", "s2", "nas-1", NOW.minus(Duration.ofMinutes(16)))));
        assertThat(authorizer.decide(stale, two, from("AA:BB:CC:DD:EE:03"), NOW).decision().accept()).isTrue();
    }

    @Test
    void damagedDeviceEntriesFailNoLogin() {
        // Two places: the device without a MAC still holds one (its lease is live), the one without a time none.
        PlanProjection one = plan(3_600L, null, null, 2, false, List.of());
        VoucherProjection damaged = voucher(VoucherState.ACTIVE, null, 60, 0, List.of(),
                List.of(new Device(null, "s1", "nas-1", NOW), new Device("AA:BB:CC:DD:EE:01", "s2", "nas-1", null)));

        Verdict verdict = authorizer.decide(damaged, one, from("AA:BB:CC:DD:EE:02"), NOW);
        assertThat(verdict.decision().accept()).as("the second place is free").isTrue();
        assertThat(authorizer.onlyRenews(damaged, authorizer.decide(damaged, one, from("AA:BB:CC:DD:EE:01"), NOW),
                from("AA:BB:CC:DD:EE:01"), NOW)).as("no lease time, nothing to renew from Redis").isFalse();
    }

    @Test
    void onlyARelogOfADeviceWithAFreshLeaseNeedsNoWrite() {
        PlanProjection one = plan(3_600L, null, null, 1, false, List.of());
        Device fresh = new Device("AA:BB:CC:DD:EE:01", "s1", "nas-1", NOW.minus(Duration.ofMinutes(7)));
        VoucherProjection online = voucher(VoucherState.ACTIVE, null, 60, 0, List.of(), List.of(fresh));

        // The same device again, on a new session: it already holds the only place.
        Verdict relogin = authorizer.decide(online, one,
                new AccessRequest("nas-1", "site-a", "aa-bb-cc-dd-ee-01", null, "s9"), NOW);
        assertThat(authorizer.onlyRenews(online, relogin,
                new AccessRequest("nas-1", "site-a", "aa-bb-cc-dd-ee-01", null, "s9"), NOW))
                .isTrue();
        // Past half its lease (7.5 of 15 minutes) the lease must be renewed, so voucher-service decides.
        Instant later = NOW.plus(Duration.ofSeconds(31));
        assertThat(authorizer.onlyRenews(online, authorizer.decide(online, one, from("AA:BB:CC:DD:EE:01"), later),
                from("AA:BB:CC:DD:EE:01"), later)).isFalse();
        // First use, a device without a lease, and a reject all change something or grant nothing.
        VoucherProjection unused = voucher(VoucherState.UNUSED, null, 0, 0, List.of(), List.of());
        assertThat(authorizer.onlyRenews(unused, authorizer.decide(unused, one, from("AA:BB:CC:DD:EE:01"), NOW),
                from("AA:BB:CC:DD:EE:01"), NOW)).isFalse();
        PlanProjection two = plan(3_600L, null, null, 2, false, List.of());
        assertThat(authorizer.onlyRenews(online, authorizer.decide(online, two, from("AA:BB:CC:DD:EE:02"), NOW),
                from("AA:BB:CC:DD:EE:02"), NOW)).isFalse();
        VoucherProjection spent = voucher(VoucherState.ACTIVE, null, 3_600, 0, List.of(), List.of(fresh));
        assertThat(authorizer.onlyRenews(spent, authorizer.decide(spent, one, from("AA:BB:CC:DD:EE:01"), NOW),
                from("AA:BB:CC:DD:EE:01"), NOW)).isFalse();
        // A MAC-locked voucher binding a second device changes its bound MACs.
        PlanProjection locked = plan(null, null, null, 2, true, List.of());
        VoucherProjection bound =
                voucher(VoucherState.ACTIVE, null, 0, 0, List.of("AA:BB:CC:DD:EE:01"), List.of(fresh));
        assertThat(authorizer.onlyRenews(bound, authorizer.decide(bound, locked, from("AA:BB:CC:DD:EE:01"), NOW),
                from("AA:BB:CC:DD:EE:01"), NOW)).isTrue();
        assertThat(authorizer.onlyRenews(bound, authorizer.decide(bound, locked, from("AA:BB:CC:DD:EE:02"), NOW),
                from("AA:BB:CC:DD:EE:02"), NOW)).isFalse();
    }

    @Test
    void macLockBindsTheFirstDevicesAndRefusesOthers() {
        PlanProjection locked = plan(null, null, null, 1, true, List.of());
        Verdict first = authorizer.decide(voucher(VoucherState.UNUSED, null, 0, 0, List.of(), List.of()), locked,
                from("AA:BB:CC:DD:EE:01"), NOW);
        assertThat(first.change().boundMacs()).containsExactly("AA:BB:CC:DD:EE:01");

        VoucherProjection bound = voucher(VoucherState.ACTIVE, null, 0, 0, List.of("AA:BB:CC:DD:EE:01"), List.of());
        assertThat(authorizer.decide(bound, locked, from("AA:BB:CC:DD:EE:02"), NOW).decision().reason())
                .isEqualTo(RejectReason.MAC_MISMATCH);
        assertThat(authorizer.decide(bound, locked, from("AABB.CCDD.EE01"), NOW).decision().accept()).isTrue();
    }

    @Test
    void aPlanLimitedToSitesRefusesOtherSites() {
        PlanProjection siteA = plan(null, null, null, 1, false, List.of("site-a"));
        VoucherProjection unused = voucher(VoucherState.UNUSED, null, 0, 0, List.of(), List.of());
        assertThat(authorizer.decide(unused, siteA, from("01"), NOW).decision().accept()).isTrue();
        assertThat(authorizer.decide(unused, siteA, new AccessRequest("nas-2", "site-b", "01", null, "s"), NOW)
                .decision().reason()).isEqualTo(RejectReason.WRONG_SITE);
    }

    @Test
    void aReturningVoucherKeepsItsStateAndValidityAndIsCutOffWhenItsValidityEnds() {
        PlanProjection plan = plan(3_600L, 86_400L, null, 1, false, List.of());
        VoucherProjection active = voucher(VoucherState.ACTIVE, NOW.plusSeconds(600), 100, 0, List.of(), List.of());

        Verdict verdict = authorizer.decide(active, plan, from("AA:BB:CC:DD:EE:01"), NOW);

        assertThat(verdict.decision().firstUse()).isFalse();
        assertThat(verdict.decision().sessionTimeoutSeconds()).as("validity left, under time left").isEqualTo(600);
        assertThat(verdict.change().to()).isNull();
        assertThat(verdict.change().cause()).isNull();
        assertThat(verdict.change().firstUsedAt()).isNull();
        assertThat(verdict.change().validUntil()).isNull();
    }

    @Test
    void aVoucherWithLessThanASecondLeftGetsOneAndOneWithoutLimitsGetsNone() {
        PlanProjection unlimited = plan(null, null, null, 1, false, List.of());
        VoucherProjection ending = voucher(VoucherState.ACTIVE, NOW.plusMillis(400), 0, 0, List.of(), List.of());
        VoucherProjection forever = voucher(VoucherState.ACTIVE, null, 0, 0, List.of(), List.of());

        assertThat(authorizer.decide(ending, unlimited, from("01"), NOW).decision().sessionTimeoutSeconds())
                .isEqualTo(1);
        Decision open = authorizer.decide(forever, unlimited, from("01"), NOW).decision();
        assertThat(open.sessionTimeoutSeconds()).isNull();
        assertThat(open.dataLeftBytes()).isNull();
    }

    @Test
    void devicesWithoutAMacAreToldApartByTheirSession() {
        PlanProjection one = plan(null, null, null, 1, false, List.of());
        VoucherProjection online = voucher(VoucherState.ACTIVE, null, 0, 0, List.of(),
                List.of(new Device("session:s1", "s1", "nas-1", NOW.minusSeconds(60))));

        assertThat(authorizer.decide(online, one, new AccessRequest("nas-1", "site-a", null, null, "s2"), NOW)
                .decision().reason()).isEqualTo(RejectReason.DEVICE_LIMIT);
        assertThat(authorizer.decide(online, one, new AccessRequest("nas-1", "site-a", null, null, "s1"), NOW)
                .decision().accept()).as("the same session again").isTrue();
    }

    @Test
    void thePlansTermsDecideAsVoucherServiceDoes() {
        VoucherProjection unused = voucher(VoucherState.UNUSED, null, 0, 0, List.of(), List.of());
        PlanProjection plan = plan(3_600L, null, null, 1, false, List.of());

        assertThat(new PlanProjection.Terms(300, 900).authorizer().decide(unused, plan, from("01"), NOW))
                .isEqualTo(authorizer.decide(unused, plan, from("01"), NOW));
    }

    @Test
    void macNotationsNormalize() {
        assertThat(AccessRequest.normalizeMac("aa-bb-cc-dd-ee-ff")).isEqualTo("AA:BB:CC:DD:EE:FF");
        assertThat(AccessRequest.normalizeMac("aabb.ccdd.eeff")).isEqualTo("AA:BB:CC:DD:EE:FF");
        assertThat(AccessRequest.normalizeMac("AABBCCDDEEFF")).isEqualTo("AA:BB:CC:DD:EE:FF");
        assertThat(AccessRequest.normalizeMac(" ")).isNull();
    }
}
