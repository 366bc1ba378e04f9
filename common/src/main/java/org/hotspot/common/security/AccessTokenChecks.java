package org.hotspot.common.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What smallrye-jwt's signature, issuer, audience and expiry checks leave open, for every service:
 * an access token must carry {@code iat} and {@code exp}, may not be issued in the future (beyond
 * the clock skew) nor live longer than auth-service issues them for, and is void once its
 * operator's revocation watermark passed its {@code iat}. A signing key that leaked or a bug in
 * the issuer therefore cannot mint a ten-year token, and a disabled operator is out within the
 * revocation feed's period. Service-token identities are not JWTs and pass untouched.
 */
@ApplicationScoped
public class AccessTokenChecks implements SecurityIdentityAugmentor {

    private final RevokedOperators revoked;
    private final Duration lifetime;
    private final Duration clockSkew;
    private final MeterRegistry meters;

    public AccessTokenChecks(RevokedOperators revoked, MeterRegistry meters, JwtConfig config) {
        this.revoked = revoked;
        this.meters = meters;
        this.lifetime = config.lifetime();
        this.clockSkew = config.clockSkew();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String implausible = implausibleAge(token, Instant.now().getEpochSecond());
        if (implausible != null) {
            return refuse("age", TokenRefused.implausibleAge(implausible));
        }
        return revoked.trusted()
                .onFailure().invoke(() -> meters.counter("hotspot.revocation.refusals", "reason", "stale").increment())
                .chain(() -> revoked.revoked(token.getSubject(), token.getIssuedAtTime())
                        ? refuse("revoked", TokenRefused.revoked())
                        : Uni.createFrom().item(identity));
    }

    /** Why the token's age is not one auth-service gives, or null when it is. */
    String implausibleAge(JsonWebToken token, long now) {
        if (!token.containsClaim("iat") || !token.containsClaim("exp")) {
            return "has no issue or expiry time";
        }
        long issuedAt = token.getIssuedAtTime();
        if (issuedAt > now + clockSkew.toSeconds()) {
            return "is issued in the future";
        }
        if (token.getExpirationTime() - issuedAt > lifetime.plus(clockSkew).toSeconds()) {
            return "lives longer than access tokens are issued for";
        }
        return null;
    }

    private <T> Uni<T> refuse(String reason, TokenRefused refusal) {
        meters.counter("hotspot.revocation.refusals", "reason", reason).increment();
        return Uni.createFrom().failure(refusal);
    }
}
