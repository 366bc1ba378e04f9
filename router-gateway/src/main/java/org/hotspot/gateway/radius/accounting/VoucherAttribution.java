package org.hotspot.gateway.radius.accounting;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hotspot.events.accounting.AccountingRecord.StatusType;
import org.hotspot.gateway.Router;
import org.hotspot.gateway.client.VoucherClient;
import org.hotspot.gateway.radius.access.Login;
import org.hotspot.gateway.radius.access.VoucherDecisions;
import org.jboss.logging.Logger;

/**
 * Which voucher a session's usage is charged to. The Class of the Access-Accept names it when the
 * router echoes it; some NAS do not, and a proxy may strip it. Then the User-Name, which is the
 * code, names it, found with the same keyed lookup as a login: the vouchers' Redis projection, else
 * voucher-service (by lookup key, so the code itself does not travel). Usage no voucher can be
 * found for is still recorded (the session is real), but counted in
 * {@code hotspot.gateway.accounting{result=unattributed}} and logged. A User-Name that named no
 * voucher (a trial user, MAC authentication) is not asked about again for a minute: see
 * {@link UnknownUserNames}.
 *
 * <p>A readable Class is taken as it is, without checking it against the User-Name: the router
 * proves it holds the RADIUS secret, and a router that forged one attribute could forge the other;
 * checking would cost a lookup on every record of every session for no added assurance.
 */
@ApplicationScoped
public class VoucherAttribution {

    private static final Logger LOG = Logger.getLogger(VoucherAttribution.class);
    /** Unattributed usage is logged at most once per this interval; the counter has every one. */
    private static final long LOG_INTERVAL_MILLIS = 10_000;
    /** How long a User-Name that named no voucher is not asked about again, and how many are remembered. */
    private static final Duration UNKNOWN_TTL = Duration.ofSeconds(60);
    private static final int UNKNOWN_MAX = 50_000;

    private final VoucherDecisions decisions;
    private final VoucherClient vouchers;
    private final Counter byClass;
    private final Counter byUserName;
    private final Counter unattributed;
    private final AtomicLong lastLogged = new AtomicLong();
    private final UnknownUserNames unknown = new UnknownUserNames(UNKNOWN_TTL, UNKNOWN_MAX, System::nanoTime);

    public VoucherAttribution(VoucherDecisions decisions, VoucherClient vouchers, MeterRegistry meters) {
        this.decisions = decisions;
        this.vouchers = vouchers;
        this.byClass = meters.counter("hotspot.gateway.accounting.voucher", "source", "class");
        this.byUserName = meters.counter("hotspot.gateway.accounting.voucher", "source", "user-name");
        this.unattributed = meters.counter("hotspot.gateway.accounting", "result", "unattributed");
    }

    /**
     * The voucher id for a record of the router's session; null when none can be found. Fails when
     * voucher-service had to be asked and did not answer: the caller then leaves the router
     * unanswered, and its retransmission tries again, rather than record usage with no voucher.
     */
    public Uni<String> voucherOf(Router router, StatusType status, String classVoucherId, String userName) {
        if (status == StatusType.ACCOUNTING_ON || status == StatusType.ACCOUNTING_OFF) {
            return Uni.createFrom().nullItem();
        }
        if (classVoucherId != null) {
            byClass.increment();
            return Uni.createFrom().item(classVoucherId);
        }
        return byCode(router.organizationId, userName)
                .invoke(voucherId -> counted(router, voucherId));
    }

    private Uni<String> byCode(String organizationId, String code) {
        String lookupKey = code == null ? null : decisions.lookupKey(organizationId, code);
        if (lookupKey == null || unknown.contains(organizationId, lookupKey)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().completionStage(() -> decisions.read(organizationId, code, List.of()))
                .chain(login -> voucherOf(organizationId, login))
                .invoke(voucherId -> rememberUnknown(organizationId, lookupKey, voucherId));
    }

    private void rememberUnknown(String organizationId, String lookupKey, String voucherId) {
        if (voucherId == null) {
            unknown.add(organizationId, lookupKey);
        }
    }

    /** The projection's voucher when Redis had it, else voucher-service's for the lookup key; null for a non-code. */
    private Uni<String> voucherOf(String organizationId, Login login) {
        if (login.voucher() != null && organizationId.equals(login.voucher().organizationId())) {
            return Uni.createFrom().item(login.voucher().voucherId());
        }
        return login.lookupKey() == null ? Uni.createFrom().nullItem()
                : vouchers.voucherId(organizationId, login.lookupKey());
    }

    private void counted(Router router, String voucherId) {
        if (voucherId != null) {
            byUserName.increment();
            return;
        }
        unattributed.increment();
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last >= LOG_INTERVAL_MILLIS && lastLogged.compareAndSet(last, now)) {
            LOG.warnf("Usage from router %s of organization %s is tied to no voucher: no Class, and its User-Name "
                    + "is no voucher code of the organization (logged once per %d s; "
                    + "hotspot.gateway.accounting{result=unattributed} counts each)", router.id, router.organizationId,
                    LOG_INTERVAL_MILLIS / 1000);
        }
    }
}
