package org.hotspot.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Service-to-service calls (router-gateway asking voucher-service for a decision) carry a shared
 * service token in {@value #HEADER}; a match gives the identity the role {@value #ROLE} and nothing
 * else, so internal endpoints say {@code @RolesAllowed(ServiceAuthentication.ROLE)} and operator
 * tokens never reach them. Several tokens may be configured at once so that one can be rotated:
 * add the new one everywhere, switch senders to it, then remove the old.
 *
 * <p>Operators' requests have no such header and go on to the JWT mechanism untouched.
 */
@ApplicationScoped
public class ServiceAuthentication implements HttpAuthenticationMechanism {

    public static final String HEADER = "X-Hotspot-Service-Token";
    public static final String ROLE = "SERVICE";

    private final List<byte[]> accepted;

    public ServiceAuthentication(@ConfigProperty(name = "hotspot.service-tokens") Optional<List<String>> tokens) {
        // Short tokens are refused outright: a guessable service token would open every internal endpoint.
        this.accepted = tokens.orElse(List.of()).stream()
                .map(String::trim)
                .filter(token -> token.length() >= 24)
                .map(token -> token.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String presented = context.request().getHeader(HEADER);
        if (presented == null) {
            return Uni.createFrom().nullItem();
        }
        byte[] bytes = presented.getBytes(StandardCharsets.UTF_8);
        // Every configured token is compared, in constant time, so timing tells nothing about which matched.
        boolean match = false;
        for (byte[] token : accepted) {
            match |= MessageDigest.isEqual(token, bytes);
        }
        if (!match) {
            return Uni.createFrom().failure(new AuthenticationFailedException("unknown service token"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("service"))
                .addRole(ROLE)
                .build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, null, null));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }
}
