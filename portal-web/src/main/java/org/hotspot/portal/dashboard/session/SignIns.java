package org.hotspot.portal.dashboard.session;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.portal.dashboard.session.AuthApi.EnrolmentRequest;
import org.hotspot.portal.dashboard.session.AuthApi.LoginRequest;
import org.hotspot.portal.dashboard.session.BrowserSessions.Resumed;

/**
 * Signing in through the dashboard's pages: the password, then when the account needs it the code
 * of an authenticator app, or first its enrolment (the organization requires a second step and the
 * operator has none). Between the steps the sign-in waits in Redis under the browser's sign-in
 * cookie, password sealed, for a few minutes: the password never goes back into a page.
 */
@ApplicationScoped
public class SignIns {

    static final String PENDING = "signin";
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final AuthApi auth;
    private final BrowserSessions sessions;
    private final SessionStore store;
    private final DashboardConfig config;

    public SignIns(@RestClient AuthApi auth, BrowserSessions sessions, SessionStore store, DashboardConfig config) {
        this.auth = auth;
        this.sessions = sessions;
        this.store = store;
        this.config = config;
    }

    /** Where a sign-in step led. */
    public sealed interface Outcome {
    }

    /** Signed in: the new session, and the device token to keep in the browser. */
    public record Done(Resumed session, String deviceToken, String next) implements Outcome {
    }

    /** The account needs a code from its authenticator app. */
    public record NeedsCode(PendingSignIn pending) implements Outcome {
    }

    /** The organization requires a second step and the account has none yet: set one up. */
    public record NeedsEnrolment(PendingSignIn pending) implements Outcome {
    }

    /** auth-service said no, or did not answer (status -1). */
    public record Refused(AuthRefusal refusal, PendingSignIn pending) implements Outcome {
    }

    /** The sign-in's step has timed out or never began. */
    public record Expired() implements Outcome {
    }

    /**
     * The first step.
     *
     * @param signInToken the browser's sign-in cookie, under which a second step waits
     */
    public Uni<Outcome> password(String signInToken, String username, String password, String next,
            String deviceToken, Context context) {
        return auth
                .login(context.browser(), context.requestId(), new LoginRequest(username, password, null, deviceToken))
                .ifNoItem().after(CALL_TIMEOUT).fail()
                .chain(login -> done(login, next, context))
                .onFailure().recoverWithUni(failure -> afterPassword(AuthRefusal.of(failure), signInToken,
                        new PendingSignIn(username, password, null, null, null, next), context));
    }

    /** The second step: the code typed after {@link NeedsCode} or {@link NeedsEnrolment}. */
    public Uni<Outcome> code(String signInToken, String code, String deviceToken, Context context) {
        return pending(signInToken).chain(found -> found.isEmpty() ? Uni.createFrom().item(new Expired())
                : codeFor(found.get(), signInToken, code, deviceToken, context));
    }

    /** The sign-in waiting for its second step, if any. */
    public Uni<Optional<PendingSignIn>> pending(String signInToken) {
        if (signInToken == null || signInToken.isBlank()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return store.get(PENDING, signInToken, PendingSignIn.class);
    }

    /** The browser's address and request id, passed on to auth-service. */
    public record Context(String browser, String requestId) {
    }

    private Uni<Outcome> codeFor(PendingSignIn pending, String signInToken, String code, String deviceToken,
            Context context) {
        LoginRequest request = new LoginRequest(pending.username(), pending.password(), code.strip(), deviceToken);
        return auth.login(context.browser(), context.requestId(), request)
                .ifNoItem().after(CALL_TIMEOUT).fail()
                .call(() -> store.delete(PENDING, signInToken))
                .chain(login -> done(login, pending.next(), context))
                .onFailure().recoverWithItem(failure -> new Refused(AuthRefusal.of(failure), pending));
    }

    private Uni<Outcome> done(AuthApi.LoginResponse login, String next, Context context) {
        return sessions.start(login, context.browser())
                .map(started -> new Done(started, login.deviceToken(), next));
    }

    private Uni<Outcome> afterPassword(AuthRefusal refusal, String signInToken, PendingSignIn typed, Context context) {
        if ("totp-required".equals(refusal.kind())) {
            PendingSignIn pending = new PendingSignIn(typed.username(), typed.password(), PendingSignIn.TOTP, null,
                    null, typed.next());
            return keep(signInToken, pending).replaceWith(new NeedsCode(pending));
        }
        if ("totp-enrolment-required".equals(refusal.kind())) {
            return auth.enrol(context.browser(), context.requestId(),
                    new EnrolmentRequest(typed.username(), typed.password()))
                    .ifNoItem().after(CALL_TIMEOUT).fail()
                    .map(enrolment -> new PendingSignIn(typed.username(), typed.password(), PendingSignIn.ENROL,
                            enrolment.secret(), enrolment.otpauthUri(), typed.next()))
                    .call(pending -> keep(signInToken, pending))
                    .<Outcome>map(NeedsEnrolment::new)
                    .onFailure().recoverWithItem(failure -> new Refused(AuthRefusal.of(failure), null));
        }
        return Uni.createFrom().item(new Refused(refusal, null));
    }

    private Uni<Void> keep(String signInToken, PendingSignIn pending) {
        return store.put(PENDING, signInToken, pending, config.signInTimeout());
    }
}
