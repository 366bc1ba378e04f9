package org.hotspot.auth;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hotspot.auth.service.SigningKeys;
import org.hotspot.common.security.Claims;
import org.hotspot.common.security.Role;

/** Access tokens signed with auth-service's own key, for tests that need a caller of a given role. */
public final class TestTokens {

    private TestTokens() {
    }

    /** A valid token for {@code username} of {@code role} in {@code organizationId}. */
    public static String token(SigningKeys keys, String username, Role role, String organizationId) {
        return Jwt.issuer("hotspot-auth").audience("hotspot").subject(UUID.randomUUID().toString()).upn(username)
                .groups(role.name()).claim(Claims.ORGANIZATION, organizationId)
                .issuedAt(Instant.now()).expiresIn(Duration.ofMinutes(5))
                .jws().keyId(keys.current().kid()).sign(keys.current().privateKey());
    }
}
