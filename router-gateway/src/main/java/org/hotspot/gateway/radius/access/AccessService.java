package org.hotspot.gateway.radius.access;

import static org.hotspot.gateway.radius.codec.Attributes.ACCT_SESSION_ID;
import static org.hotspot.gateway.radius.codec.Attributes.CALLING_STATION_ID;
import static org.hotspot.gateway.radius.codec.Attributes.FRAMED_IP_ADDRESS;
import static org.hotspot.gateway.radius.codec.Attributes.USER_NAME;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.hotspot.events.voucher.AccessRequest;
import org.hotspot.events.voucher.CodeLookup;
import org.hotspot.events.voucher.Decision;
import org.hotspot.events.voucher.RejectReason;
import org.hotspot.gateway.Router;
import org.hotspot.gateway.client.OrganizationDirectory;
import org.hotspot.gateway.radius.codec.Codes;
import org.hotspot.gateway.radius.codec.Passwords;
import org.hotspot.gateway.radius.codec.RadiusAttribute;
import org.hotspot.gateway.radius.codec.RadiusPacket;
import org.hotspot.gateway.radius.io.Answer;
import org.hotspot.gateway.radius.io.RequestHandler;
import org.hotspot.gateway.service.NasRegistry.Nas;
import org.jboss.logging.Logger;

/**
 * Access-Requests: the voucher code is the User-Name and, PAP or CHAP, the password too. A login
 * whose password is not its code is rejected as an unknown code, the same answer a wrong code gets,
 * so the answer tells a guesser nothing. A login in a cool-down (the device's, the router's or the
 * organization's, see {@link RejectGuard}) is rejected without a decision, unless its device was
 * accepted with that code before. When no decision can be had in time the request goes unanswered
 * and the router retries; an Access-Reject would be wrong, it would tell a paying customer their
 * code is bad.
 */
@ApplicationScoped
public class AccessService implements RequestHandler<Nas> {

    private static final Logger LOG = Logger.getLogger(AccessService.class);

    private final VoucherDecisions decisions;
    private final RejectGuard guard;
    private final OrganizationDirectory organizations;
    private final MeterRegistry meters;
    private final Timer latency;
    private final Map<String, Counter> results =
            new ConcurrentHashMap<>();

    public AccessService(VoucherDecisions decisions, RejectGuard guard, OrganizationDirectory organizations,
            MeterRegistry meters) {
        this.decisions = decisions;
        this.guard = guard;
        this.organizations = organizations;
        this.meters = meters;
        this.latency = Timer.builder("hotspot.gateway.radius.decision")
                .description("From an Access-Request's arrival to its answer")
                .publishPercentileHistogram()
                .register(meters);
    }

    @Override
    public boolean accepts(int code) {
        return code == Codes.ACCESS_REQUEST || code == Codes.STATUS_SERVER;
    }

    @Override
    public CompletionStage<Answer> handle(Nas nas, RadiusPacket request) {
        if (request.code() == Codes.STATUS_SERVER) {
            // RFC 5997: a router's liveness probe is answered like an accept, with nothing granted.
            return CompletableFuture.completedFuture(
                    new Answer(Codes.ACCESS_ACCEPT, List.of(AccessReplies.messageAuthenticator())));
        }
        long started = System.nanoTime();
        Router router = nas.router();
        String code = request.text(USER_NAME);
        AccessRequest access = new AccessRequest(router.id, router.site, request.text(CALLING_STATION_ID),
                address(request.first(FRAMED_IP_ADDRESS)), request.text(ACCT_SESSION_ID));
        return decisions.read(router.organizationId, code,
                guard.coolDownKeys(router.organizationId, router.id, access.mac()))
                .thenCompose(login -> guard.refuses(login, access.mac()) ? throttled(router)
                        : !passwordIsCode(nas, request, code) ? rejected(router, access, RejectReason.UNKNOWN)
                        : decide(router, code, login, access, request))
                .handle((answer, failure) -> {
                    if (failure != null) {
                        return noAnswer(router, failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure);
                    }
                    latency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                    return answer;
                });
    }

    private CompletionStage<Answer> decide(Router router, String code, Login login, AccessRequest access,
            RadiusPacket request) {
        return decisions.decide(router.organizationId, code, login, access)
                .thenCompose(decision -> decision.accept()
                        ? CompletableFuture.completedFuture(accepted(decision, access, request))
                        : rejected(router, access, decision.reason()));
    }

    private Answer accepted(Decision decision, AccessRequest access, RadiusPacket request) {
        count("accept");
        String tag = access.sessionId() != null ? access.sessionId()
                : HexFormat.of().formatHex(request.authenticator(), 0, 6);
        return new Answer(Codes.ACCESS_ACCEPT, AccessReplies.accept(decision, tag));
    }

    private CompletionStage<Answer> rejected(Router router, AccessRequest access, RejectReason reason) {
        count(reason.wire());
        return guard.rejected(router.organizationId, router.id, access.mac(), reason)
                .chain(() -> organizations.language(router.organizationId))
                .map(language -> new Answer(Codes.ACCESS_REJECT,
                        AccessReplies.reject(ReplyMessages.of(reason, language))))
                .subscribeAsCompletionStage();
    }

    private CompletionStage<Answer> throttled(Router router) {
        count("throttled");
        return organizations.language(router.organizationId)
                .map(language -> new Answer(Codes.ACCESS_REJECT,
                        AccessReplies.reject(ReplyMessages.throttled(language))))
                .subscribeAsCompletionStage();
    }

    private Answer noAnswer(Router router, Throwable failure) {
        count("no-decision");
        LOG.warnf("No decision for a login at router %s, left unanswered for the router to retry: %s", router.id,
                failure.toString());
        return null;
    }

    private void count(String result) {
        results.computeIfAbsent(result, r -> meters.counter("hotspot.gateway.radius.access", "result", r)).increment();
    }

    /** The password, PAP or CHAP, is the code, compared as code lookups normalize it (case, separators). */
    private static boolean passwordIsCode(Nas nas, RadiusPacket request, String code) {
        return Passwords.proves(request, nas.secret(), code, CodeLookup::normalize);
    }

    private static String address(RadiusAttribute attribute) {
        return attribute == null ? null : attribute.asAddress();
    }
}
