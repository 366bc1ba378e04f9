package org.hotspot.auth.service;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.hotspot.auth.Operator;
import org.hotspot.auth.SigningKey;
import org.hotspot.auth.config.AuthConfig;
import org.hotspot.common.security.Claims;
import org.hotspot.common.security.JwtConfig;

/**
 * Signs short-lived RS256 access tokens. Every service verifies them offline against the JWKS, so
 * what a token says (role, organization) stays true until it expires: keep the lifetime short.
 */
@ApplicationScoped
public class TokenIssuer {

    private final SigningKeys keys;
    private final AuthConfig.Tokens config;
    private final String issuer;
    private final String audience;

    public TokenIssuer(SigningKeys keys, AuthConfig config, JwtConfig jwt) {
        this.keys = keys;
        this.config = config.tokens();
        this.issuer = jwt.issuer();
        this.audience = jwt.audience();
    }

    /**
     * A signed access token for the operator, who proved their password at {@code authenticatedAt},
     * dated {@code now}: the moment the caller took, never later than the operator's state it read
     * (see {@link Sessions}). Never dated ahead, or a revocation in that second would miss it.
     */
    public String accessToken(Operator operator, Instant authenticatedAt, Instant now) {
        SigningKey key = keys.current();
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject(operator.id)
                .upn(operator.username)
                .groups(operator.role.name())
                .claim(Claims.ORGANIZATION, operator.organizationId)
                .claim("jti", UUID.randomUUID().toString())
                .claim(Claims.AUTH_TIME, authenticatedAt.getEpochSecond())
                .issuedAt(now)
                .expiresAt(now.plus(config.accessTokenLifetime()))
                .jws()
                .keyId(key.kid())
                .sign(key.privateKey());
    }

    public long lifetimeSeconds() {
        return config.accessTokenLifetime().toSeconds();
    }
}
