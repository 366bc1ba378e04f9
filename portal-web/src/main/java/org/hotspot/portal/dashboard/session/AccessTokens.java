package org.hotspot.portal.dashboard.session;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hotspot.common.security.Claims;
import org.hotspot.common.security.Role;

/**
 * Who an access token names, verified as every service verifies it (smallrye-jwt: auth-service's
 * signature from its JWKS, issuer, audience, expiry). The operator a page shows and checks comes
 * from here, never from what Redis or a header says alone.
 */
@ApplicationScoped
public class AccessTokens {

    private final JWTParser parser;

    public AccessTokens(JWTParser parser) {
        this.parser = parser;
    }

    /** The token's operator, or a {@link TokenInvalid} failure. Off the event loop: a JWKS fetch blocks. */
    public Uni<Verified> verify(String accessToken) {
        return Uni.createFrom().item(() -> parse(accessToken))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The verified operator and when the token expires (epoch seconds). */
    public record Verified(Operator operator, long expiresAt) {
    }

    private Verified parse(String accessToken) {
        try {
            JsonWebToken token = parser.parse(accessToken);
            Set<String> groups = token.getGroups();
            Role role = groups == null ? null
                    : groups.stream().flatMap(group -> roleOf(group).stream()).findFirst().orElse(null);
            String organization = token.getClaim(Claims.ORGANIZATION);
            if (role == null || token.getSubject() == null) {
                throw new TokenInvalid("the token names no operator role");
            }
            return new Verified(new Operator(token.getSubject(), token.getName(), organization, role),
                    token.getExpirationTime());
        } catch (ParseException e) {
            throw new TokenInvalid(e.getMessage());
        }
    }

    private static Optional<Role> roleOf(String group) {
        try {
            return Optional.of(Role.valueOf(group));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An access token that does not verify. */
    public static final class TokenInvalid extends RuntimeException {
        TokenInvalid(String message) {
            super(message);
        }
    }
}
