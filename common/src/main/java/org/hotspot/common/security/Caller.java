package org.hotspot.common.security;

import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified access token of the current request. Every query a service
 * makes is scoped with {@link #organizationId()}.
 */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    @Inject
    HttpServerRequest request;

    /** The caller's organization; a token without one is not ours. */
    public String organizationId() {
        String organization = token.getClaim(Claims.ORGANIZATION);
        if (organization == null || organization.isBlank()) {
            throw new UnauthorizedException("token has no organization");
        }
        return organization;
    }

    /** The operator's id (the token's subject). */
    public String operatorId() {
        return token.getSubject();
    }

    /** The operator's username. */
    public String username() {
        return token.getName();
    }

    /** When the caller last proved their password, or null when the token does not say. */
    public Instant authenticatedAt() {
        // smallrye-jwt gives a standard claim as a Long, a custom one as a JsonNumber.
        Object claim = token.getClaim(Claims.AUTH_TIME);
        if (claim instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return claim instanceof JsonNumber seconds ? Instant.ofEpochSecond(seconds.longValue()) : null;
    }

    /** The caller's one role. */
    public Role role() {
        return token.getGroups().stream()
                .map(Caller::roleOrNull)
                .filter(Objects::nonNull)
                .min(Enum::compareTo)
                .orElseThrow(() -> new UnauthorizedException("token has no role"));
    }

    public boolean is(Role role) {
        return role() == role;
    }

    /** The client's IP address as this service saw it (the proxy's, unless forwarding is trusted). */
    public String clientAddress() {
        return ClientAddress.of(request);
    }

    private static Role roleOrNull(String group) {
        try {
            return Role.valueOf(group);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
