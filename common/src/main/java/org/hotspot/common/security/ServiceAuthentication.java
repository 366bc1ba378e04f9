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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * Service-to-service calls (router-gateway asking voucher-service for a decision) carry the calling
 * service's own token in {@value #HEADER}. Each caller has its own: the receiving service is told
 * them as {@code hotspot.service-tokens.<caller>} (env {@code HOTSPOT_SERVICE_TOKENS_ROUTER_GATEWAY}
 * and so on), the caller sends its own {@code hotspot.service-token} ({@link ServiceToken}). A match gives an identity named
 * after the caller with the role {@value #ROLE} and the caller's own role ({@link #ROUTER_GATEWAY},
 * ...), so each internal endpoint admits only the services that need it and a token stolen from one
 * service opens nothing meant for another. Operators' tokens never reach them.
 *
 * <p>A caller may have several tokens at once, comma separated, so one can be rotated: receivers
 * admit each, the caller sends the first ({@link ServiceToken}). Add the new one second, restart the
 * receivers; put it first, restart the caller; drop the old one, restart the receivers.
 *
 * <p>Operators' requests have no such header and go on to the JWT mechanism untouched.
 */
@ApplicationScoped
public class ServiceAuthentication implements HttpAuthenticationMechanism {

    public static final String HEADER = "X-Hotspot-Service-Token";
    /** Every authenticated service has it; an endpoint names the callers it admits with the roles below. */
    public static final String ROLE = "SERVICE";
    public static final String ROUTER_GATEWAY = "service:router-gateway";
    public static final String VOUCHER_SERVICE = "service:voucher-service";
    public static final String SESSION_SERVICE = "service:session-service";
    public static final String PORTAL_WEB = "service:portal-web";
    public static final String AUTH_SERVICE = "service:auth-service";

    /** The services that may call another's internal endpoints, by the name their token is configured under. */
    static final List<String> CALLERS = List.of("router-gateway", "voucher-service", "session-service", "portal-web",
            "auth-service");

    /** Short tokens are refused outright: a guessable service token would open internal endpoints. */
    static final int MIN_LENGTH = 24;

    private record Accepted(String caller, byte[] token) {
    }

    private final List<Accepted> accepted;

    public ServiceAuthentication(Config config) {
        List<Accepted> tokens = new ArrayList<>();
        for (String caller : CALLERS) {
            config.getOptionalValues("hotspot.service-tokens." + caller, String.class).orElse(List.of()).stream()
                    .map(String::trim)
                    .filter(token -> token.length() >= MIN_LENGTH)
                    .forEach(token -> tokens.add(new Accepted(caller, token.getBytes(StandardCharsets.UTF_8))));
        }
        this.accepted = List.copyOf(tokens);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String presented = context.request().getHeader(HEADER);
        if (presented == null) {
            return Uni.createFrom().nullItem();
        }
        String caller = callerOf(presented.getBytes(StandardCharsets.UTF_8));
        if (caller == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("unknown service token"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller))
                .addRole(ROLE)
                .addRole("service:" + caller)
                .build());
    }

    /** The caller whose token this is, or null; every token is compared in constant time, so timing tells nothing. */
    String callerOf(byte[] presented) {
        String caller = null;
        for (Accepted token : accepted) {
            if (MessageDigest.isEqual(token.token(), presented) && caller == null) {
                caller = token.caller();
            }
        }
        return caller;
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
