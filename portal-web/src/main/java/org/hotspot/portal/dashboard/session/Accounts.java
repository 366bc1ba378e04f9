package org.hotspot.portal.dashboard.session;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotspot.portal.dashboard.web.BackendCall;
import org.hotspot.portal.dashboard.web.PageProblem;

/** The signed-in operator's own account at auth-service: its second step, its password. */
@ApplicationScoped
public class Accounts {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final AuthApi auth;

    public Accounts(@RestClient AuthApi auth) {
        this.auth = auth;
    }

    /** Whether the operator signs in with an authenticator code; empty when auth-service did not say. */
    public Uni<Optional<Boolean>> totpEnabled(SignedIn signedIn) {
        return auth.me(signedIn.authorization())
                .ifNoItem().after(TIMEOUT).fail()
                .map(me -> Optional.of(me.totpEnabled()))
                .onFailure().recoverWithItem(Optional.empty());
    }

    /** Changes the password; the problem when auth-service refused it (wrong current one, too weak) or did not answer. */
    public Uni<Optional<PageProblem>> changePassword(SignedIn signedIn, String current, String replacement,
            String browser) {
        return auth.changePassword(signedIn.authorization(), browser, signedIn.requestId(),
                new AuthApi.PasswordChange(current, replacement))
                .ifNoItem().after(TIMEOUT).fail()
                .map(done -> Optional.<PageProblem>empty())
                .onFailure()
                .recoverWithItem(failure -> Optional.of(BackendCall.problem(failure, signedIn.requestId())));
    }
}
