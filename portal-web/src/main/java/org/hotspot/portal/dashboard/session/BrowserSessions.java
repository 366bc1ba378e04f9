package org.hotspot.portal.dashboard.session;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.keys.KeyMaterial;
import org.hotspot.portal.dashboard.session.AccessTokens.Verified;
import org.hotspot.portal.dashboard.session.AuthApi.LoginResponse;
import org.hotspot.portal.dashboard.session.AuthApi.RefreshRequest;
import org.jboss.logging.Logger;

/**
 * The dashboard's browser sessions: started from auth-service's tokens, resumed on every request
 * (ended when idle or too old, the access token refreshed shortly before it expires, once across
 * replicas), ended at sign-out. Redis holds them; the browser holds the random id.
 *
 * <p>A request that only uses the session slides its idle time-out with PEXPIRE and never writes
 * the record back: two requests of one browser at once would otherwise race, and the slower one
 * could put back a refresh token auth-service already rotated away. Only the refresh and the
 * language choice write the record, both under the refresh lock, the choice onto a fresh read.
 */
@ApplicationScoped
public class BrowserSessions {

    static final String SESSION = "session";
    static final String REFRESH_LOCK = "refresh";
    private static final Logger LOG = Logger.getLogger(BrowserSessions.class);
    private static final int ID_BYTES = 32;
    private static final Duration LOCK_TIME = Duration.ofSeconds(10);
    private static final Duration SPEAK_RETRY = Duration.ofMillis(100);
    private static final int SPEAK_ATTEMPTS = 30;

    private final SessionStore store;
    private final AccessTokens tokens;
    private final AuthApi auth;
    private final DashboardConfig config;

    public BrowserSessions(SessionStore store, AccessTokens tokens, @RestClient AuthApi auth, DashboardConfig config) {
        this.store = store;
        this.tokens = tokens;
        this.auth = auth;
        this.config = config;
    }

    /** A session found for a browser's id: the id, the record, the operator its access token names. */
    public record Resumed(String id, BrowserSession session) {

        public Operator operator() {
            return session.operator();
        }
    }

    /** A new session from a successful login; its random id goes into the browser's cookie. */
    public Uni<Resumed> start(LoginResponse login, String browser) {
        return tokens.verify(login.accessToken())
                .chain(verified -> organization(login.accessToken(), verified.operator())
                        .map(organization -> newSession(login, verified, organization)))
                .call(resumed -> store.put(SESSION, resumed.id(), resumed.session(), ttl(resumed.session(), now())));
    }

    /**
     * The session of this id, empty when there is none or it ended (idle, too old, refresh
     * refused). Fails when Redis does not answer: the page says "try again", it does not sign out.
     */
    public Uni<Optional<Resumed>> resume(String id, String browser) {
        if (id == null || id.isBlank() || id.length() > 100) {
            return Uni.createFrom().item(Optional.empty());
        }
        return store.get(SESSION, id, BrowserSession.class)
                .chain(found -> found.isEmpty() ? Uni.createFrom().item(Optional.<Resumed>empty())
                        : current(id, found.get(), browser));
    }

    /** Ends the session: revoked at auth-service (best effort), deleted here either way. */
    public Uni<Void> end(String id, String browser) {
        return store.get(SESSION, id, BrowserSession.class)
                .call(found -> found.map(session -> revoke(session, browser)).orElse(Uni.createFrom().voidItem()))
                .chain(() -> store.delete(SESSION, id));
    }

    /** Keeps the signed-in operator's language choice ({@code null}: the browser's again). */
    public Uni<Void> speak(SignedIn signedIn, String language) {
        return speak(signedIn.resumed().id(), language, SPEAK_ATTEMPTS);
    }

    /**
     * The record is read again and written under the refresh lock: the copy this request resumed may
     * hold a refresh token a refresh of another request has rotated since, and writing it back would
     * end the session at its next refresh. Fails with {@link SessionBusy} when a refresh holds the
     * lock for longer than a person waits.
     */
    private Uni<Void> speak(String id, String language, int attempts) {
        return store.lock(REFRESH_LOCK, id, LOCK_TIME).chain(mine -> {
            if (!mine) {
                return attempts <= 1
                        ? Uni.createFrom().failure(new SessionBusy())
                        : Uni.createFrom().voidItem().onItem().delayIt().by(SPEAK_RETRY)
                                .chain(() -> speak(id, language, attempts - 1));
            }
            return store.get(SESSION, id, BrowserSession.class)
                    .chain(found -> found.map(current -> current.speaking(language))
                            .map(changed -> store.put(SESSION, id, changed, ttl(changed, now())))
                            .orElseGet(() -> Uni.createFrom().voidItem()))
                    .eventually(() -> store.delete(REFRESH_LOCK, id));
        });
    }

    /** A refresh of the session held its lock while a change to the session waited. */
    public static final class SessionBusy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SessionBusy() {
            super("the dashboard session is being refreshed", null, false, false);
        }
    }

    /** Ends the signed-in browser's session. */
    public Uni<Void> end(SignedIn signedIn, String browser) {
        return signedIn.resumed() == null ? Uni.createFrom().voidItem() : end(signedIn.resumed().id(), browser);
    }

    private Uni<Optional<Resumed>> current(String id, BrowserSession session, String browser) {
        long now = now();
        if (now - session.createdAt() >= config.absoluteLifetime().toSeconds()) {
            return store.delete(SESSION, id).replaceWith(Optional.empty());
        }
        if (session.accessExpiresAt() - now > config.refreshAhead().toSeconds()) {
            return slide(id, session, now).replaceWith(Optional.of(new Resumed(id, session)));
        }
        return store.lock(REFRESH_LOCK, id, LOCK_TIME)
                .chain(mine -> mine ? refreshLatest(id, browser) : waitForRefresh(id, session, now));
    }

    private Uni<Void> slide(String id, BrowserSession session, long now) {
        return store.expire(SESSION, id, ttl(session, now));
    }

    /** Another request or replica refreshes: its token while still valid, else what it wrote. */
    private Uni<Optional<Resumed>> waitForRefresh(String id, BrowserSession session, long now) {
        if (session.accessExpiresAt() > now + 1) {
            return slide(id, session, now).replaceWith(Optional.of(new Resumed(id, session)));
        }
        return Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(300))
                .chain(() -> store.get(SESSION, id, BrowserSession.class))
                .map(found -> found.filter(fresh -> fresh.accessExpiresAt() > now() + 1)
                        .map(fresh -> new Resumed(id, fresh)));
    }

    /**
     * Under the lock, the record is read again: another request may have refreshed between this
     * one's read and its lock, and the refresh token this one read is then rotated away (presenting it
     * would end the session as a reused token).
     */
    private Uni<Optional<Resumed>> refreshLatest(String id, String browser) {
        return store.get(SESSION, id, BrowserSession.class)
                .chain(latest -> latest.isEmpty()
                        ? store.delete(REFRESH_LOCK, id).replaceWith(Optional.<Resumed>empty())
                        : refresh(id, latest.get(), browser));
    }

    private Uni<Optional<Resumed>> refresh(String id, BrowserSession session, String browser) {
        return auth.refresh(browser, new RefreshRequest(session.refreshToken()))
                .chain(refreshed -> tokens.verify(refreshed.accessToken())
                        .map(verified -> session.refreshed(refreshed.accessToken(), refreshed.refreshToken(),
                                verified.operator(), verified.expiresAt())))
                .call(fresh -> store.put(SESSION, id, fresh, ttl(fresh, now())))
                .call(() -> store.delete(REFRESH_LOCK, id))
                .map(fresh -> Optional.of(new Resumed(id, fresh)))
                .onFailure(BrowserSessions::refused).recoverWithUni(refusal -> {
                    LOG.debugf("a dashboard session ended: auth-service refused its refresh (%s)",
                            refusal.getMessage());
                    return store.delete(SESSION, id).replaceWith(Optional.empty());
                });
    }

    /** auth-service answered, and said no (a revoked session, a disabled operator): the session is over. */
    private static boolean refused(Throwable failure) {
        return failure instanceof AccessTokens.TokenInvalid
                || failure instanceof WebApplicationException http && http.getResponse() != null
                        && http.getResponse().getStatus() >= 400 && http.getResponse().getStatus() < 500;
    }

    private Uni<Void> revoke(BrowserSession session, String browser) {
        return auth.logout(browser, new RefreshRequest(session.refreshToken()))
                .onFailure().invoke(failure -> LOG.infof("auth-service did not take a dashboard sign-out: %s",
                        failure.getMessage()))
                .onFailure().recoverWithNull();
    }

    private Uni<Organization> organization(String accessToken, Operator operator) {
        return auth.organization("Bearer " + accessToken, operator.organizationId())
                .map(found -> new Organization(found.name(), found.language()))
                .ifNoItem().after(Duration.ofSeconds(3)).fail()
                // The frame shows the product's name instead; signing in does not depend on it.
                .onFailure().recoverWithItem(new Organization(null, null));
    }

    private record Organization(String name, String language) {
    }

    private static Resumed newSession(LoginResponse login, Verified verified, Organization organization) {
        long now = now();
        BrowserSession session = new BrowserSession(login.accessToken(), login.refreshToken(), login.deviceToken(),
                KeyMaterial.newToken(ID_BYTES), verified.operator(), organization.name(), organization.language(),
                null, now, now, verified.expiresAt());
        return new Resumed(KeyMaterial.newToken(ID_BYTES), session);
    }

    /** The idle time-out, cut short by the absolute lifetime. */
    private Duration ttl(BrowserSession session, long now) {
        long left = session.createdAt() + config.absoluteLifetime().toSeconds() - now;
        return Duration.ofSeconds(Math.max(1, Math.min(left, config.idleTimeout().toSeconds())));
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
